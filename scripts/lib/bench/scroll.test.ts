import { describe, expect, it } from 'vitest';
import type { StateChange } from './probe';
import {
	engineLatencies,
	lateFrames,
	markedLatencies,
	movingTime,
	stepFigures,
	stepLatencies
} from './scroll';

const change = (time: number, shown: number, state = 's'): StateChange => ({
	chart: 'membership-map',
	state,
	time,
	shown
});

describe('stepLatencies(recording)', () => {
	it('stepLatencies times each crossing to the paint of the next state change', () => {
		const latencies = stepLatencies({
			crossings: [
				{ time: 1000, index: 0 },
				{ time: 2000, index: 1 }
			],
			states: [change(1004, 1009), change(2020, 2031)]
		});
		expect(latencies).toEqual([9, 31]);
	});

	it('stepLatencies skips a crossing with no state change before the next crossing', () => {
		const latencies = stepLatencies({
			crossings: [
				{ time: 1000, index: 0 },
				{ time: 2000, index: 1 },
				{ time: 3000, index: 2 }
			],
			states: [change(2005, 2010), change(3001, 3004)]
		});
		expect(latencies).toEqual([10, 4]);
	});

	it('stepLatencies ignores state changes before the first crossing and unpainted ones', () => {
		expect(
			stepLatencies({
				crossings: [{ time: 1000, index: 0 }],
				states: [change(500, 510), change(1001, NaN)]
			})
		).toEqual([]);
	});
});

describe('lateFrames(recording)', () => {
	it('lateFrames counts the frames begun after the crossing frame before the state changed', () => {
		expect(
			lateFrames({
				frames: [1000, 1016, 1033, 1050, 2000, 2016],
				crossings: [
					{ time: 1000, index: 0 },
					{ time: 2000, index: 1 }
				],
				// The first changed two frames late, the second in its crossing frame.
				states: [change(1040, 1045), change(2003, 2012)]
			})
		).toEqual([2, 0]);
	});
});

describe('engineLatencies(recording) and markedLatencies(marks)', () => {
	it('engineLatencies times from the step’s data-active to the paint', () => {
		expect(
			engineLatencies({
				activations: [
					{ step: 'a', time: 1016 },
					{ step: 'b', time: 2033 }
				],
				states: [change(1016, 1020), change(2033, 2040)]
			})
		).toEqual([4, 7]);
	});

	it('markedLatencies pairs step-active:<id> with step-shown:<id>', () => {
		expect(
			markedLatencies([
				{ name: 'step-active:1949', startTime: 100 },
				{ name: 'step-shown:1949', startTime: 104 },
				{ name: 'step-active:1952', startTime: 200 },
				{ name: 'step-shown:1999', startTime: 210 }
			])
		).toEqual([4]);
	});
});

describe('stepFigures(recording)', () => {
	it('stepFigures gives the median and the slowest change, and nulls when there were none', () => {
		const figures = stepFigures({
			crossings: [
				{ time: 0, index: 0 },
				{ time: 100, index: 1 },
				{ time: 200, index: 2 }
			],
			states: [change(1, 5), change(101, 103), change(210, 230)],
			activations: [],
			marks: [],
			frames: [0, 16, 100, 116, 200, 205, 216]
		});
		expect(figures).toEqual({
			median: 5,
			worst: 30,
			changes: 3,
			lateFrames: 1,
			engineWorst: null,
			markedWorst: null
		});
		expect(
			stepFigures({ crossings: [], states: [], activations: [], marks: [], frames: [] }).worst
		).toBeNull();
	});
});

describe('movingTime(recording)', () => {
	it('movingTime runs from the frame before the first move to the first frame at rest at the end', () => {
		expect(movingTime({ frames: [0, 16, 33, 50, 66, 83], scrollY: [0, 0, 10, 20, 30, 30] })).toBe(
			50
		);
	});

	it('movingTime is 0 when the page did not move', () => {
		expect(movingTime({ frames: [0, 16], scrollY: [5, 5] })).toBe(0);
	});
});
