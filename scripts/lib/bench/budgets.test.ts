import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, failed, inSection, matches, parseBudgets, type Budget } from './budgets';

const budget = (metric: string, limit: { max?: number; min?: number }): Budget => ({
	metric,
	unit: 'ms',
	label: metric,
	...limit
});

describe('matches(pattern, id)', () => {
	it.each([
		['bytes:/:js', 'bytes:/:js', true],
		['bytes:/:js', 'bytes:/:css', false],
		['bytes:/embed/*/:js', 'bytes:/embed/membership-map/:js', true],
		['bytes:/embed/*/:js', 'bytes:/embed.js:js', false],
		['bytes:/embed/*/:js', 'bytes:/:js', false],
		['phone:*:lcp', 'phone:/embed/defence-spending/:lcp', true],
		['phone:*:lcp', 'desktop:/:lcp', false],
		['phone:*:lcp', 'phone:/:lcp:x', false],
		['export:cli:perImage', 'export:cli:perImageX', false],
		['a.b:(x):c', 'a.b:(x):c', true],
		['a.b:(x):c', 'aXb:(x):c', false]
	])('matches(%s, %s) is %s', (pattern, id, expected) => {
		expect(matches(pattern, id)).toBe(expected);
	});
});

describe('compare(budgets, figures)', () => {
	it('compare passes a figure at the limit and fails one above it', () => {
		const verdicts = compare([budget('bytes:*:js', { max: 100 })], {
			values: { 'bytes:/:js': 100, 'bytes:/embed/a/:js': 101, 'bytes:/:css': 500 },
			missing: {}
		});
		expect(verdicts.map((v) => [v.metric, v.status])).toEqual([
			['bytes:/:js', 'pass'],
			['bytes:/embed/a/:js', 'fail']
		]);
	});

	it('compare holds a minimum from below (a flag that must be 1)', () => {
		const verdicts = compare([budget('phone:*:chartAtFirstPaint', { min: 1 })], {
			values: { 'phone:/:chartAtFirstPaint': 0, 'phone:/embed/a/:chartAtFirstPaint': 1 },
			missing: {}
		});
		expect(verdicts.map((v) => v.status)).toEqual(['fail', 'pass']);
	});

	it('compare reports a null figure as missing, with the recorded reason', () => {
		const [verdict] = compare([budget('step:/:worst', { max: 16.7 })], {
			values: { 'step:/:worst': null },
			missing: { 'step:/:worst': 'missing: no [data-step] on /' }
		});
		expect(verdict).toMatchObject({ status: 'missing', reason: 'missing: no [data-step] on /' });
	});

	it('compare reports a budget that names nothing measured as missing', () => {
		const [verdict] = compare([budget('export:browser:perImage', { max: 500 })], {
			values: { 'bytes:/:js': 1 },
			missing: { 'export:browser:*': 'missing: exportPng' }
		});
		expect(verdict).toMatchObject({
			metric: 'export:browser:perImage',
			status: 'missing',
			reason: 'missing: exportPng'
		});
	});
});

describe('failed(verdicts, missingFails)', () => {
	const verdicts = compare([budget('a:b:c', { max: 1 }), budget('a:b:d', { max: 1 })], {
		values: { 'a:b:c': 1, 'a:b:d': null },
		missing: {}
	});

	it('failed counts a missing figure only when missingFails', () => {
		expect(failed(verdicts, true)).toBe(true);
		expect(failed(verdicts, false)).toBe(false);
	});

	it('failed is true for a broken budget either way', () => {
		const broken = compare([budget('a:b:c', { max: 0 })], { values: { 'a:b:c': 1 }, missing: {} });
		expect(failed(broken, false)).toBe(true);
	});
});

describe('inSection(budgets, sections)', () => {
	it('inSection keeps the budgets of the named sections', () => {
		const all = [budget('bytes:/:js', { max: 1 }), budget('phone:/:lcp', { max: 1 })];
		expect(inSection(all, ['bytes']).map((b) => b.metric)).toEqual(['bytes:/:js']);
	});
});

describe('parseBudgets(text, file)', () => {
	it('parseBudgets reads bench/budgets.json, with the limits a reader feels', () => {
		const file = 'bench/budgets.json';
		const budgets = parseBudgets(readFileSync(file, 'utf8'), file);
		const limits = Object.fromEntries(budgets.map((b) => [b.metric, b.max ?? b.min]));
		expect(limits).toMatchObject({
			'bytes:/:js': 50000,
			'bytes:/:total': 150000,
			'bytes:/embed/*/:js': 20000,
			'bytes:/embed.js:total': 1500,
			'phone:*:lcp': 1000,
			'phone:*:tbt': 50,
			'scroll:/:p95': 16.7,
			'scroll:/:over33': 2,
			'step:/:worst': 50,
			'export:browser:perImage': 500
		});
	});

	it('parseBudgets points a syntax error at its line and column', () => {
		expect(() => parseBudgets('{\n  "budgets": [,]\n}', 'b.json')).toThrow(
			"b.json:2:15: Unexpected token ','; fix the JSON syntax"
		);
	});

	it('parseBudgets points a budget without a limit at its entry', () => {
		const text =
			'{\n"budgets": [\n  { "metric": "a:b:c", "unit": "ms", "label": "x", "max": 1 },\n  { "metric": "a:b:d", "unit": "ms", "label": "y" }\n]}';
		expect(() => parseBudgets(text, 'b.json')).toThrow(
			'b.json:4:3: budgets[1]: give a limit, "max" or "min" (a number in ms)'
		);
	});

	it.each([
		['{}', 'b.json:1:1: no "budgets" list'],
		[
			'{"budgets":[{"metric":"a:b","unit":"ms","label":"x","max":1}]}',
			'"metric" must name a figure'
		],
		[
			'{"budgets":[{"metric":"a:b:c","unit":"s","label":"x","max":1}]}',
			'"unit" must be one of B, ms'
		],
		[
			'{"budgets":[{"metric":"a:b:c","unit":"toString","label":"x","max":1}]}',
			'"unit" must be one of B, ms'
		],
		['{"budgets":[{"metric":"a:b:c","unit":"ms","max":1}]}', '"label" is missing'],
		['{"budgets":[{"metric":"a:b:c","unit":"ms","label":"x","max":"1"}]}', '"max" must be a number']
	])('parseBudgets(%s) throws %s', (text, message) => {
		expect(() => parseBudgets(text, 'b.json')).toThrow(message);
	});
});
