import { describe, expect, it } from 'vitest';
import { FALLBACK_SIZE } from '../../src/lib/export/fallback';
import { UsageError } from './export-args';
import type { BuiltChart } from './export-build';
import { fallbackJobs } from './fallbacks';

const charts: BuiltChart[] = [
	{
		chart: 'membership-map',
		page: 'embed/membership-map/',
		defaultKey: '2024-03-07',
		states: [
			{ key: '1949-04-04', from: '1949-04-04' },
			{ key: '2024-03-07', from: '2024-03-07' }
		]
	},
	{
		chart: 'defence-spending',
		page: 'embed/defence-spending/',
		defaultKey: 'share',
		states: [{ key: 'world' }, { key: 'share' }]
	}
];

describe('fallbackJobs', () => {
	it("fallbackJobs(charts, refs) draws each chart's default state and every referenced one once, at the fallback size", () => {
		const jobs = fallbackJobs(charts, [
			{ chart: 'membership-map', state: '1949-04-04', file: 'build/index.html' },
			{ chart: 'defence-spending', state: 'share', file: 'build/index.html' }
		]);
		expect(jobs.map((j) => j.name)).toEqual([
			'fallback/membership-map/2024-03-07',
			'fallback/defence-spending/share',
			'fallback/membership-map/1949-04-04'
		]);
		for (const job of jobs)
			expect(job).toMatchObject({
				width: FALLBACK_SIZE.width,
				height: FALLBACK_SIZE.height,
				scale: FALLBACK_SIZE.scale,
				theme: 'light',
				plain: false,
				transparent: false
			});
		expect(jobs[2]!.from).toBe('1949-04-04');
	});

	it.each([
		[
			{ chart: 'nato', state: 'x', file: 'build/index.html' },
			'build/index.html refers to fallback/nato/x.png, but no chart "nato" is built; the built charts are membership-map, defence-spending'
		],
		[
			{ chart: 'defence-spending', state: 'nope', file: 'build/embed/x/index.html' },
			'defence-spending has no state "nope"; its states are world, share'
		]
	])('fallbackJobs fails on a reference to a missing state (%#)', (ref, message) => {
		expect(() => fallbackJobs(charts, [ref])).toThrow(UsageError);
		expect(() => fallbackJobs(charts, [ref])).toThrow(message);
	});
});
