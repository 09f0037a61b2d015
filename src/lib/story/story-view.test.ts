import { describe, expect, it } from 'vitest';
import type { StoryStep } from '$lib/data/story';
import {
	fallbackImage,
	firstStates,
	nextState,
	shownStep,
	stepAnchor,
	upcomingStates
} from './story-view';

const step = (id: string, chart: string, state: string): StoryStep => ({
	id,
	chart,
	state,
	paragraphs: [],
	line: 1
});
const steps = [
	step('a', 'membership-map', '1949-04-04'),
	step('b', 'defence-spending', 'world'),
	step('c', 'membership-map', '2004-03-29'),
	step('d', 'defence-spending', 'share')
];

describe('story view helpers', () => {
	it.each([
		[-1, 'a'],
		[0, 'a'],
		[2, 'c'],
		[3, 'd'],
		[9, 'd']
	])('shownStep(steps, %d) is step %s', (index, id) => {
		expect(shownStep(steps, index)?.id).toBe(id);
	});

	it('shownStep([], 0) is undefined', () => {
		expect(shownStep([], 0)).toBeUndefined();
	});

	it("firstStates(steps) gives each chart its first step's state", () => {
		expect(firstStates(steps)).toEqual({
			'membership-map': '1949-04-04',
			'defence-spending': 'world'
		});
	});

	it('upcomingStates(steps, index) readies each hidden chart for its next step, else its last', () => {
		expect(upcomingStates(steps, 0)).toEqual({ 'defence-spending': 'world' });
		expect(upcomingStates(steps, 1)).toEqual({ 'membership-map': '2004-03-29' });
		expect(upcomingStates(steps, -1)).toEqual({ 'defence-spending': 'world' });
		const last = steps.length - 1;
		const shown = steps[last]!.chart;
		const other = steps.findLast((s) => s.chart !== shown)!;
		expect(upcomingStates(steps, last)).toEqual({ [other.chart]: other.state });
	});

	it('nextState(steps, index, chart, forward) is the next different state of chart in the direction of reading', () => {
		const map = 'membership-map';
		const more = [
			step('a', map, '1949-04-04'),
			step('a2', map, '1949-04-04'),
			step('b', 'defence-spending', 'world'),
			step('c', map, '2004-03-29'),
			step('d', map, '2017-06-05')
		];
		expect(nextState(more, 0, map, true)).toBe('2004-03-29');
		expect(nextState(more, -1, map, true)).toBe('2004-03-29');
		// From a step of another chart: the next of the map's after the state it shows (its last).
		expect(nextState(more, 2, map, true)).toBe('2004-03-29');
		expect(nextState(more, 3, map, true)).toBe('2017-06-05');
		expect(nextState(more, 4, map, true)).toBeUndefined();
		expect(nextState(more, 4, map, false)).toBe('2004-03-29');
		expect(nextState(more, 3, map, false)).toBe('1949-04-04');
		expect(nextState(more, 2, map, false)).toBe('1949-04-04');
		expect(nextState(more, 1, map, false)).toBeUndefined();
		expect(nextState(more, 0, 'no-such-chart', true)).toBeUndefined();
	});

	it('fallbackImage(chart, state) is fallback/<chart>/<state>.png, from the site’s root', () => {
		expect(fallbackImage('membership-map', '2004-03-29')).toBe(
			'fallback/membership-map/2004-03-29.png'
		);
		expect(fallbackImage('defence-spending', 'claim-2019')).toBe(
			'fallback/defence-spending/claim-2019.png'
		);
	});

	it('stepAnchor(id) is step-<id>', () => {
		expect(stepAnchor('founders')).toBe('step-founders');
	});
});
