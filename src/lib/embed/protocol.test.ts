import { describe, expect, it } from 'vitest';
import {
	heightMessages,
	helloMessage,
	isFromFrame,
	isViewportRequest,
	viewportRequestMessage,
	hostBand,
	isHeightRequest,
	MAX_HEIGHT,
	parseHeight,
	parseViewport,
	validPymId,
	viewportMessage
} from './protocol';

describe('heightMessages', () => {
	it('heightMessages(412.3, src) speaks AMP (as @newswire/frames reads it) and Embedly', () => {
		const [amp, embedly, ...rest] = heightMessages(412.3, 'https://x.test/embed/a/');
		expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 413 });
		expect(JSON.parse(embedly as string)).toEqual({
			context: 'iframe.resize',
			height: 413,
			src: 'https://x.test/embed/a/'
		});
		expect(rest).toEqual([]);
	});

	it('heightMessages(h, src, pymId) adds the string pym.js Parent matches', () => {
		const pym = heightMessages(300, 's', 'chart-1')[2] as string;
		expect(pym).toBe('pymxPYMxchart-1xPYMxheightxPYMx300');
		// pym.js's own parser (Parent._processMessage) for id "chart-1".
		const match = pym.match(/^pymxPYMxchart-1xPYMx(\S+)xPYMx(.*)$/);
		expect(match?.slice(1)).toEqual(['height', '300']);
	});

	it('heightMessages(h, src, badId) leaves pym.js out', () => {
		expect(heightMessages(1, 's', 'a b<script>')).toHaveLength(2);
	});

	it('every message heightMessages makes reads back with parseHeight', () => {
		for (const message of heightMessages(512, 'https://x.test/', 'p1'))
			expect(parseHeight(message)).toBe(512);
	});
});

describe('parseHeight', () => {
	it.each([
		[{ sentinel: 'amp', type: 'embed-size', height: 200 }, 200],
		[{ sentinel: 'amp', type: 'embed-size', height: '200.5' }, 201],
		['pymxPYMxidxPYMxheightxPYMx640', 640],
		['{"context":"iframe.resize","height":90,"src":"x"}', 90],
		[{ sentinel: 'amp', type: 'embed-size', height: -1 }, undefined],
		[{ sentinel: 'amp', type: 'embed-size', height: 0 }, undefined],
		[{ sentinel: 'amp', type: 'embed-size', height: '' }, undefined],
		[{ sentinel: 'amp', type: 'embed-size', height: '   ' }, undefined],
		[{ sentinel: 'amp', type: 'embed-size', height: '0x1F4' }, undefined],
		[{ sentinel: 'amp', type: 'embed-size', height: '1e5' }, undefined],
		[{ sentinel: 'amp', type: 'embed-size', height: ' 200' }, undefined],
		[{ sentinel: 'amp', type: 'embed-size', height: null }, undefined],
		[{ sentinel: 'amp', type: 'embed-size', height: true }, undefined],
		['pymxPYMxidxPYMxheightxPYMx', undefined],
		['pymxPYMxidxPYMxheightxPYMx0x1F4', undefined],
		['pymxPYMxidxPYMxheightxPYMx1e3', undefined],
		['{"context":"iframe.resize","height":""}', undefined],
		['{"context":"iframe.resize","height":"1e5"}', undefined],
		['pymxPYMxidxPYMxheightxPYMx31337.5', 31338],
		[{ sentinel: 'amp', type: 'embed-size', height: MAX_HEIGHT + 1 }, undefined],
		[{ sentinel: 'amp', type: 'embed-size', height: Infinity }, undefined],
		[{ sentinel: 'amp', type: 'embed-size', height: 'tall' }, undefined],
		[{ sentinel: 'amp', type: 'frames-init' }, undefined],
		[{ sentinel: 'other', type: 'embed-size', height: 5 }, undefined],
		['pymxPYMxidxPYMxwidthxPYMx640', undefined],
		['pymxPYMxidxPYMxheightxPYMx640xPYMxextra', undefined],
		['{"context":"iframe.resize","height":"NaN"}', undefined],
		['{not json', undefined],
		['hello', undefined],
		[null, undefined],
		[42, undefined]
	])('parseHeight(%j) is %j', (data, height) => {
		expect(parseHeight(data)).toBe(height);
	});
});

describe('isHeightRequest', () => {
	it.each([
		[{ sentinel: 'nato-charts', type: 'hello' }, true],
		[{ sentinel: 'amp', type: 'frames-init' }, true],
		['pymxPYMxidxPYMxwidthxPYMx320', true],
		['pymxPYMxidxPYMxheightxPYMx320', false],
		[{ sentinel: 'amp', type: 'embed-size', height: 1 }, false],
		[null, false]
	])('isHeightRequest(%j) is %s', (data, yes) => {
		expect(isHeightRequest(data)).toBe(yes);
	});
});

describe('viewport messages', () => {
	const view = { top: -250, left: 16, width: 1024, height: 700 };

	it('parseViewport(viewportMessage(view)) gives the view back', () => {
		expect(parseViewport(viewportMessage(view))).toEqual(view);
	});

	it('viewportMessage(view) survives structured cloning (postMessage)', () => {
		expect(parseViewport(structuredClone(viewportMessage(view)))).toEqual(view);
	});

	it.each([
		[{ ...viewportMessage(view), top: 'x' }],
		[{ ...viewportMessage(view), height: NaN }],
		[{ ...viewportMessage(view), width: -1 }],
		[{ ...viewportMessage(view), sentinel: 'amp' }],
		['viewport'],
		[null]
	])('parseViewport(%j) is undefined', (data) => {
		expect(parseViewport(data)).toBeUndefined();
	});

	it('hostBand(view) is the host viewport in the iframe page coordinates', () => {
		expect(hostBand(view)).toEqual({ top: 250, height: 700 });
	});
});

describe('isFromFrame', () => {
	const child = { name: 'child window' };
	const iframe = { contentWindow: child, src: 'https://charts.example/embed/membership-map/' };

	it.each([
		[{ source: child, origin: 'https://charts.example' }, true],
		[{ source: child, origin: 'https://evil.example' }, false],
		[{ source: child, origin: 'null' }, false],
		[{ source: { name: 'another window' }, origin: 'https://charts.example' }, false],
		[{ source: null, origin: 'https://charts.example' }, false]
	])('isFromFrame(%j, iframe) is %s', (event, yes) => {
		expect(isFromFrame(event, iframe)).toBe(yes);
	});

	it('isFromFrame(event, iframe) is false for an iframe without a usable src', () => {
		expect(isFromFrame({ source: child, origin: 'null' }, { contentWindow: child, src: '' })).toBe(
			false
		);
	});
});

describe('viewport requests', () => {
	it('isViewportRequest(viewportRequestMessage()) after cloning, and nothing else', () => {
		expect(isViewportRequest(structuredClone(viewportRequestMessage()))).toBe(true);
		expect(isViewportRequest(helloMessage())).toBe(false);
		expect(isViewportRequest('viewport-request')).toBe(false);
		expect(isViewportRequest(null)).toBe(false);
	});
});

describe('validPymId', () => {
	it.each([
		['chart-1', true],
		['a.b:c_d', true],
		['', false],
		['a b', false],
		['<x>', false],
		['x'.repeat(101), false]
	])('validPymId(%j) is %s', (id, ok) => {
		expect(validPymId(id)).toBe(ok);
	});
});
