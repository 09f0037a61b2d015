import { describe, expect, it } from 'vitest';
import { preloadFirst } from './preload';

describe('preloadFirst', () => {
	it.each([
		['js', './_app/immutable/entry/start.B1C35mSj.js', true],
		['css', './_app/immutable/assets/0.BS8EZVCe.css', true],
		['font', './_app/immutable/assets/noto-sans-latin-400-normal.BTkUljjl.woff2', true],
		['font', './_app/immutable/assets/noto-sans-latin-700-normal.CrvTEWhy.woff2', true],
		['font', './_app/immutable/assets/noto-sans-latin-ext-400-normal.CVf-LbaS.woff2', false],
		['font', './_app/immutable/assets/noto-sans-cyrillic-700-normal.DYZmzPmX.woff2', false],
		['font', './_app/immutable/assets/noto-sans-latin-400-normal.DPpKfCgK.woff', false],
		['asset', './_app/immutable/assets/noto-sans-latin-400-normal.BTkUljjl.woff2', false]
	])('%s %s: %s', (type, path, preloaded) => {
		expect(preloadFirst({ type, path })).toBe(preloaded);
	});
});
