import { describe, expect, it } from 'vitest';
import { parseExportArgs, UsageError } from './export-args';
import type { BuiltChart } from './export-build';
import { jobName, planExports, selectStates } from './export-plan';

const map: BuiltChart = {
	chart: 'membership-map',
	page: 'embed/membership-map/',
	defaultKey: '2019-12-31',
	states: [
		{ key: '1949-04-04', from: '1949-04-04' },
		{ key: '2004-03-29', from: '2004-03-29' },
		{ key: '2019-12-31', from: '2019-12-31' }
	]
};
const spending: BuiltChart = {
	chart: 'defence-spending',
	page: 'embed/defence-spending/',
	defaultKey: 'share',
	states: [{ key: 'world' }, { key: 'share' }, { key: 'latest' }]
};

describe('selectStates', () => {
	it('selectStates(chart, default) is the prerendered state', () => {
		expect(selectStates(map, { kind: 'default' })).toEqual([
			{ key: '2019-12-31', from: '2019-12-31' }
		]);
		expect(selectStates(spending, { kind: 'default' })).toEqual([{ key: 'share' }]);
	});

	it('selectStates(chart, date) is the last state starting on or before it', () => {
		expect(selectStates(map, { kind: 'date', date: '2004-03-28' })[0]!.key).toBe('1949-04-04');
		expect(selectStates(map, { kind: 'date', date: '2004-03-29' })[0]!.key).toBe('2004-03-29');
	});

	it('selectStates(chart, year) is the state on 31 December', () => {
		expect(selectStates(map, { kind: 'year', year: 2004 })[0]!.key).toBe('2004-03-29');
		expect(selectStates(map, { kind: 'year', year: 2019 })[0]!.key).toBe('2019-12-31');
	});

	it('selectStates(chart, all) is every state in order', () => {
		expect(selectStates(spending, { kind: 'all' }).map((s) => s.key)).toEqual([
			'world',
			'share',
			'latest'
		]);
	});

	it.each([
		[
			map,
			{ kind: 'step', step: 'share' },
			'membership-map has no state "share"; its states are 1949-04-04, 2004-03-29, 2019-12-31'
		],
		[
			map,
			{ kind: 'year', year: 1948 },
			"--year 1948 is before membership-map's first state (1949-04-04)"
		],
		[
			map,
			{ kind: 'date', date: '1900-01-01' },
			"--date 1900-01-01 is before membership-map's first state"
		],
		[
			spending,
			{ kind: 'year', year: 2019 },
			'defence-spending has no dated states, so --year 2019 cannot pick one; use --step world|share|latest'
		]
	] as const)('selectStates(%#) fails: %s', (chart, selection, message) => {
		expect(() => selectStates(chart, selection)).toThrow(UsageError);
		expect(() => selectStates(chart, selection)).toThrow(message);
	});
});

describe('planExports', () => {
	it('planExports(--steps all) makes every state of every chart in both themes', () => {
		const jobs = planExports(
			parseExportArgs(['--steps', 'all'], ['membership-map', 'defence-spending']),
			[map, spending]
		);
		expect(jobs).toHaveLength((3 + 3) * 2);
		expect(jobs[0]).toEqual({
			chart: 'membership-map',
			state: '1949-04-04',
			from: '1949-04-04',
			theme: 'light',
			width: 800,
			scale: 2,
			transparent: false,
			plain: false,
			name: 'membership-map_1949-04-04_light_800xauto@2x'
		});
		expect(new Set(jobs.map((j) => j.name)).size).toBe(jobs.length);
	});

	it('jobName names preset, variants and scale', () => {
		const job = {
			chart: 'defence-spending',
			state: 'share',
			theme: 'dark',
			width: 540,
			height: 540,
			scale: 2,
			transparent: true,
			plain: true
		} as const;
		expect(jobName(job, 'square')).toBe('defence-spending_share_dark_plain_transparent_square@2x');
		expect(jobName(job, undefined)).toBe(
			'defence-spending_share_dark_plain_transparent_540x540@2x'
		);
	});
});
