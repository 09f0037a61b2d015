/**
 * The messages between an embed (the child, in an iframe) and the page that frames it (the host).
 * The child speaks the dialects hosts already read; our host loader reads them and sends its
 * viewport down. Both sides import these constants and functions, so they cannot drift apart.
 */

/** pym.js: `pymxPYMx<childId>xPYMx<type>xPYMx<value>` strings, both ways. */
export const PYM = 'pym';
export const PYM_DELIMITER = 'xPYMx';
export const PYM_HEIGHT = 'height';
export const PYM_WIDTH = 'width';
/** The query parameters pym.js's `Parent` adds to the iframe's URL (the child's id comes in `childId`). */
export const PYM_PARAMS = ['childId', 'initialWidth', 'parentTitle', 'parentUrl'] as const;

/** AMP's `amp-iframe` and @newswire/frames read `{sentinel: 'amp', type: 'embed-size', height}`. */
export const AMP_SENTINEL = 'amp';
export const AMP_EMBED_SIZE = 'embed-size';
/** @newswire/frames' host says it listens with `{sentinel: 'amp', type: 'frames-init'}`. */
export const FRAMES_INIT = 'frames-init';

/** Embedly reads the JSON string `{"context": "iframe.resize", "height": h, "src": url}`. */
export const EMBEDLY_RESIZE = 'iframe.resize';

/** Our own messages, host to child: `{sentinel: 'nato-charts', type, …}`. */
export const SENTINEL = 'nato-charts';
/** Host to child: "I am listening, send your height now." */
export const HELLO = 'hello';
/** Host to child: where the iframe is in the host's viewport (see `HostView`). */
export const VIEWPORT = 'viewport';
/** Child to host: "I am listening now, send me your viewport." */
export const VIEWPORT_REQUEST = 'viewport-request';

/** The attribute that marks our iframes on a host page (`<iframe data-nato-chart …>`). */
export const IFRAME_ATTRIBUTE = 'data-nato-chart';

/** Heights outside MIN_HEIGHT…MAX_HEIGHT px are ignored as garbage. */
export const MIN_HEIGHT = 1;
export const MAX_HEIGHT = 100_000;

/** A height as the frames and pym.js dialects write it in a string: decimal digits, no exponent. */
const DECIMAL = /^\d{1,6}(\.\d+)?$/;

/** A pym.js child id we put into a message: what an element id plausibly holds, nothing else. */
const PYM_ID = /^[\w.:-]{1,100}$/;

/** True for a `childId` we may use in pym.js messages. */
export function validPymId(id: string): boolean {
	return PYM_ID.test(id);
}

/** Where the child is on the host page, as the host sends it (all in CSS pixels of the host). */
export interface HostView {
	/** Distance from the host viewport's top to the iframe's content top (negative once scrolled past). */
	top: number;
	/** Distance from the host viewport's left to the iframe's content left. */
	left: number;
	/** The host viewport's width. */
	width: number;
	/** The host viewport's height. */
	height: number;
}

type Message = Record<string, unknown>;

function isRecord(data: unknown): data is Message {
	return typeof data === 'object' && data !== null;
}

/** A height in px from a number or a decimal string, if it is finite and in the sane range. */
function height(value: unknown): number | undefined {
	const n = typeof value === 'string' ? (DECIMAL.test(value) ? Number(value) : NaN) : value;
	return typeof n === 'number' && Number.isFinite(n) && n >= MIN_HEIGHT && n <= MAX_HEIGHT
		? Math.ceil(n)
		: undefined;
}

/**
 * The messages a child posts to report its content height: AMP's (also read by
 * @newswire/frames), Embedly's, and pym.js's when the child was given a pym id.
 */
export function heightMessages(px: number, src: string, pymId?: string): unknown[] {
	const h = Math.ceil(px);
	const messages: unknown[] = [
		{ sentinel: AMP_SENTINEL, type: AMP_EMBED_SIZE, height: h },
		JSON.stringify({ context: EMBEDLY_RESIZE, height: h, src })
	];
	if (pymId !== undefined && validPymId(pymId))
		messages.push([PYM, pymId, PYM_HEIGHT, String(h)].join(PYM_DELIMITER));
	return messages;
}

/** The height a child reports in any dialect we speak, or undefined for anything else. */
export function parseHeight(data: unknown): number | undefined {
	if (isRecord(data))
		return data.sentinel === AMP_SENTINEL && data.type === AMP_EMBED_SIZE
			? height(data.height)
			: undefined;
	if (typeof data !== 'string') return undefined;
	if (data.startsWith(PYM + PYM_DELIMITER)) {
		const parts = data.split(PYM_DELIMITER);
		return parts.length === 4 && parts[2] === PYM_HEIGHT ? height(parts[3]) : undefined;
	}
	if (data.startsWith('{')) {
		try {
			const json: unknown = JSON.parse(data);
			if (isRecord(json) && json.context === EMBEDLY_RESIZE) return height(json.height);
		} catch {
			// not JSON: not ours
		}
	}
	return undefined;
}

/** True for a host's request for the child's height: our hello, frames' init, pym.js's width. */
export function isHeightRequest(data: unknown): boolean {
	if (isRecord(data))
		return (
			(data.sentinel === SENTINEL && data.type === HELLO) ||
			(data.sentinel === AMP_SENTINEL && data.type === FRAMES_INIT)
		);
	return (
		typeof data === 'string' &&
		data.startsWith(PYM + PYM_DELIMITER) &&
		data.split(PYM_DELIMITER)[2] === PYM_WIDTH
	);
}

/** Our host's hello to a child. */
export function helloMessage(): Message {
	return { sentinel: SENTINEL, type: HELLO };
}

/** A child's request for its host's viewport, sent when it starts listening for it. */
export function viewportRequestMessage(): Message {
	return { sentinel: SENTINEL, type: VIEWPORT_REQUEST };
}

/** True for a child's `viewportRequestMessage`. */
export function isViewportRequest(data: unknown): boolean {
	return isRecord(data) && data.sentinel === SENTINEL && data.type === VIEWPORT_REQUEST;
}

/**
 * True when a message comes from the document an iframe was given: its window, and the origin
 * of its `src` (a page another origin loaded into it later is not ours to trust).
 */
export function isFromFrame(
	event: { source: unknown; origin: string },
	iframe: { contentWindow: unknown; src: string }
): boolean {
	if (!event.source || event.source !== iframe.contentWindow) return false;
	try {
		return new URL(iframe.src).origin === event.origin;
	} catch {
		return false;
	}
}

/** Our host's viewport message to a child. */
export function viewportMessage(view: HostView): Message {
	return { sentinel: SENTINEL, type: VIEWPORT, ...view };
}

/** The host view in a viewport message, or undefined if `data` is not one (or not finite). */
export function parseViewport(data: unknown): HostView | undefined {
	if (!isRecord(data) || data.sentinel !== SENTINEL || data.type !== VIEWPORT) return undefined;
	const { top, left, width, height } = data;
	const values = [top, left, width, height];
	if (!values.every((v) => typeof v === 'number' && Number.isFinite(v))) return undefined;
	if ((width as number) < 0 || (height as number) < 0) return undefined;
	return { top, left, width, height } as HostView;
}

/**
 * The part of the child's page the reader sees, in the child's client coordinates, for the scroll
 * engine's `hostViewport().set()`: the host viewport, shifted by where the iframe starts.
 */
export function hostBand(view: HostView): { top: number; height: number } {
	return { top: -view.top, height: view.height };
}
