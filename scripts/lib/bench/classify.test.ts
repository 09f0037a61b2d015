import { describe, expect, it } from 'vitest';
import { bytesByType, classify } from './classify';

describe('classify(resource)', () => {
	it.each([
		[{ url: 'http://127.0.0.1:4187/' }, 'html'],
		[{ url: 'http://127.0.0.1:4187/embed/membership-map/?step=3' }, 'html'],
		[{ url: 'http://127.0.0.1:4187/index.html' }, 'html'],
		[{ url: '/_app/immutable/entry/start.BnD2.js' }, 'js'],
		[{ url: '/embed.js' }, 'js'],
		[{ url: '/_app/immutable/assets/0.BS8EZVCe.css' }, 'css'],
		[{ url: '/_app/immutable/assets/noto-sans-latin-400-normal.BTkU.woff2' }, 'font'],
		[{ url: '/data/spending.json' }, 'data'],
		[{ url: '/data/members.csv#x' }, 'data'],
		[{ url: '/favicon.svg' }, 'image'],
		[{ url: '/export/map.PNG' }, 'image'],
		[{ url: 'build/_app/version.json' }, 'data']
	])('classify(%o) is %s (by extension)', (resource, type) => {
		expect(classify(resource)).toBe(type);
	});

	it.each([
		[{ url: '/api/thing', mimeType: 'application/json; charset=utf-8' }, 'data'],
		[{ url: '/chunk', mimeType: 'text/javascript' }, 'js'],
		[{ url: '/page', mimeType: 'text/html; charset=utf-8' }, 'html'],
		[{ url: '/f', mimeType: 'font/woff2' }, 'font'],
		[{ url: '/x', mimeType: 'image/png' }, 'image'],
		[{ url: '/oembed', mimeType: 'application/json+oembed' }, 'data']
	])('classify(%o) is %s (by MIME type when the path has no known extension)', (resource, type) => {
		expect(classify(resource)).toBe(type);
	});

	it.each([
		[{ url: '/x', resourceType: 'script' }, 'js'],
		[{ url: '/x', resourceType: 'fetch' }, 'data'],
		[{ url: '/x', resourceType: 'document' }, 'html'],
		[{ url: '/x', resourceType: 'manifest' }, 'other'],
		[{ url: '/x' }, 'other']
	])('classify(%o) is %s (by resource kind last)', (resource, type) => {
		expect(classify(resource)).toBe(type);
	});

	it.each([
		[{ url: '/x.constructor' }, 'other'],
		[{ url: '/x', resourceType: 'constructor' }, 'other'],
		[{ url: '/x', resourceType: '__proto__' }, 'other']
	])('classify(%o) is %s: names of Object.prototype are no extension or kind', (resource, type) => {
		expect(classify(resource)).toBe(type);
	});

	it('classify trusts the extension over a wrong MIME type', () => {
		expect(classify({ url: '/a.woff2', mimeType: 'application/octet-stream' })).toBe('font');
	});
});

describe('bytesByType(items)', () => {
	it('bytesByType sums per type and in total, with every type present', () => {
		expect(
			bytesByType([
				{ type: 'js', bytes: 100 },
				{ type: 'js', bytes: 50 },
				{ type: 'font', bytes: 20 }
			])
		).toEqual({ html: 0, js: 150, css: 0, font: 20, data: 0, image: 0, other: 0, total: 170 });
	});
});
