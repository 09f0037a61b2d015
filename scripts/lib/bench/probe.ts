/**
 * The probe the benchmark injects into every page before its own scripts run
 * (`page.addInitScript`). It only records: Performance Timeline entries (paint, LCP, layout
 * shifts, long tasks), the first frames of the page (is a chart on screen?), and on demand a
 * recording of a scroll (frame timestamps, which step the trigger line is in, when a figure's
 * `data-state` changed and when that change was painted). The figures are computed in Node
 * (vitals.ts) from what it records, read back as `window.__bench`.
 */
import type { Shift, Task } from './vitals';

/** The page's DOM conventions the probe relies on (see the project brief, "DOM conventions"). */
export const SELECTORS = {
	/** A chart's graphic root (one per figure). */
	graphic: 'figure.chart[data-chart] [role="img"]',
	/** A chart; its `data-state` is the state it shows. */
	figure: 'figure.chart[data-chart]',
	/** The steps of the story, in document order. */
	step: '[data-step]'
} as const;

/**
 * Attributes whose changes the probe times during a scroll: a figure's `data-state`; the story
 * graphic's slot that shows a chart (`data-shown`, set on the slot holding the active chart); a
 * step's `data-active` (the scroll engine made it the active step). A figure inside an
 * `aria-hidden` element is not shown, so its changes are not timed (the story readies its
 * hidden chart for the next step).
 */
export const WATCHED = { state: 'data-state', shown: 'data-shown', active: 'data-active' } as const;

/** Where the scroll engine's trigger line is, as a fraction of the viewport (SCROLLER_DEFAULTS). */
export const TRIGGER_OFFSET = 0.5;

/** Performance marks a part may set to time a step change from the inside. */
export const MARKS = { active: 'step-active:', shown: 'step-shown:' } as const;

export interface ProbeConfig {
	graphic: string;
	figure: string;
	step: string;
	offset: number;
	/** How many frames to watch after the page starts, waiting for a chart. */
	loadFrames: number;
}

/** What the probe knows about one of the first frames. */
export interface LoadFrame {
	/** The frame's time (the `requestAnimationFrame` timestamp). */
	time: number;
	/** Whether the page has any text or graphic yet (a frame that can be a contentful paint). */
	content: boolean;
	/** Whether a chart's graphic is drawn, laid out, visible and within the viewport. */
	chart: boolean;
}

/** A change of a figure's `data-state` during a scroll. */
export interface StateChange {
	chart: string;
	state: string;
	/** When the change was made (the MutationObserver saw it). */
	time: number;
	/**
	 * When the frame that painted the change had been produced: the next task after the first
	 * rendering update that laid the change out.
	 */
	shown: number;
}

export interface ScrollRecording {
	/** Animation-frame timestamps while scrolling. */
	frames: number[];
	/** `scrollY` at each frame. */
	scrollY: number[];
	/** Frames in which the trigger line entered another step: the frame's time, the step index. */
	crossings: { time: number; index: number }[];
	states: StateChange[];
	/** When the page marked a step active (`data-active` set on it). */
	activations: { step: string; time: number }[];
	/** Long tasks that started while recording. */
	tasks: Task[];
	/** performance marks (MARKS) set while recording. */
	marks: { name: string; startTime: number }[];
	start: number;
	end: number;
}

export interface ProbeData {
	paints: { name: string; startTime: number }[];
	lcp: { startTime: number; size: number; element: string }[];
	shifts: Shift[];
	tasks: Task[];
	frames: LoadFrame[];
	scroll: ScrollRecording | null;
}

/** Runs in the page. Self-contained: Playwright sends its source text. */
function probe(config: ProbeConfig): void {
	const data: ProbeData = { paints: [], lcp: [], shifts: [], tasks: [], frames: [], scroll: null };
	const observe = (type: string, take: (entry: PerformanceEntry) => void) => {
		try {
			new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({
				type,
				buffered: true
			});
		} catch {
			// An entry type this browser does not have.
		}
	};
	observe('paint', (e) => data.paints.push({ name: e.name, startTime: e.startTime }));
	observe('largest-contentful-paint', (e) => {
		const lcp = e as PerformanceEntry & { size: number; element: Element | null };
		const el = lcp.element;
		const cls = el?.classList[0];
		const chart = el?.closest<HTMLElement>(config.figure)?.dataset.chart;
		const name = el
			? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls}` : ''}` +
				(chart ? ` in ${chart}` : '')
			: '';
		data.lcp.push({ startTime: e.startTime, size: lcp.size, element: name });
	});
	observe('layout-shift', (e) => {
		const shift = e as PerformanceEntry & { value: number; hadRecentInput: boolean };
		data.shifts.push({
			startTime: e.startTime,
			value: shift.value,
			hadRecentInput: shift.hadRecentInput
		});
	});
	observe('longtask', (e) => {
		const task = { startTime: e.startTime, duration: e.duration };
		data.tasks.push(task);
		if (data.scroll && task.startTime >= data.scroll.start) data.scroll.tasks.push(task);
	});

	const chartOnScreen = (): boolean => {
		for (const el of document.querySelectorAll(config.graphic)) {
			if (el.childElementCount === 0) continue;
			const box = el.getBoundingClientRect();
			if (box.width <= 0 || box.height <= 0) continue;
			if (box.bottom <= 0 || box.top >= innerHeight || box.right <= 0 || box.left >= innerWidth)
				continue;
			const style = getComputedStyle(el);
			if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
			return true;
		}
		return false;
	};
	const hasContent = (): boolean =>
		!!document.body &&
		((document.body.textContent ?? '').trim() !== '' ||
			!!document.querySelector('svg, img, canvas, video'));
	// Each of the first frames is looked at once it has been drawn (the next task after its
	// animation-frame callbacks, so a chart drawn by the page's own callback in that frame counts).
	const afterFrame = new MessageChannel();
	let frameTime = 0;
	afterFrame.port1.onmessage = () => {
		const chart = chartOnScreen();
		data.frames.push({ time: frameTime, content: hasContent(), chart });
		if (!chart && data.frames.length < config.loadFrames) requestAnimationFrame(watchLoad);
	};
	const watchLoad = (time: number) => {
		frameTime = time;
		afterFrame.port2.postMessage(0);
	};
	requestAnimationFrame(watchLoad);

	// A change is painted by the first rendering update that lays it out: a ResizeObserver begun
	// right after the change reports in that update, after layout and before paint (the same frame
	// for a change made in an animation-frame callback or a scroll event, the next one for a change
	// made in any other task). The change is shown at the next task after that report, once the
	// frame has been produced; what changed is looked at only then, so the probe adds next to
	// nothing to the frame it times.
	type Batch = { records: MutationRecord[]; time: number };
	let waiting: Batch[] = [];
	const laidOut: Batch[] = [];
	const produced = new MessageChannel();
	produced.port1.onmessage = () => {
		const now = performance.now();
		const scroll = data.scroll;
		for (const { records, time } of laidOut.splice(0)) {
			if (!scroll) continue;
			for (const record of records) {
				const el = record.target as HTMLElement;
				const name = record.attributeName;
				if (name === 'data-active') {
					if (el.matches(config.step) && el.hasAttribute(name))
						scroll.activations.push({ step: el.dataset.step ?? '', time });
					continue;
				}
				const figure =
					name === 'data-state' && el.matches(config.figure)
						? el
						: name === 'data-shown' && el.hasAttribute(name)
							? el.querySelector<HTMLElement>(config.figure)
							: null;
				if (!figure || figure.closest('[aria-hidden="true"]')) continue;
				scroll.states.push({
					chart: figure.dataset.chart ?? '',
					state: figure.dataset.state ?? '',
					time,
					shown: now
				});
			}
		}
	};
	const states = new MutationObserver((records) => {
		if (!data.scroll) return;
		if (waiting.length === 0) {
			const layout = new ResizeObserver(() => {
				layout.disconnect();
				laidOut.push(...waiting);
				waiting = [];
				produced.port2.postMessage(0);
			});
			layout.observe(document.documentElement);
		}
		waiting.push({ records, time: performance.now() });
	});

	// Where each step's top is in the document (null for one that takes no room), read again after
	// any step or the page has changed size: so a frame reads only scrollY, not every step's box
	// (each read costs the page's main thread).
	let tops: (number | null)[] | null = null;
	const sizes = new ResizeObserver(() => (tops = null));
	const geometricStep = (steps: Element[]): number => {
		tops ??= steps.map((step) => {
			const box = step.getBoundingClientRect();
			return box.height > 0 ? box.top + scrollY : null;
		});
		const line = scrollY + innerHeight * config.offset;
		let index = -1;
		tops.forEach((top, i) => {
			if (top !== null && top <= line) index = i;
		});
		return index;
	};

	Object.assign(window, {
		__bench: {
			data,
			/** Starts recording a scroll. */
			startScroll() {
				const steps = [...document.querySelectorAll(config.step)];
				const scroll: ScrollRecording = {
					frames: [],
					scrollY: [],
					crossings: [],
					states: [],
					activations: [],
					tasks: [],
					marks: [],
					start: performance.now(),
					end: NaN
				};
				data.scroll = scroll;
				tops = null;
				for (const el of [...steps, document.documentElement]) sizes.observe(el);
				let last = geometricStep(steps);
				states.observe(document.documentElement, {
					subtree: true,
					attributes: true,
					attributeFilter: ['data-state', 'data-shown', 'data-active']
				});
				const frame = (time: number) => {
					if (data.scroll !== scroll || !Number.isNaN(scroll.end)) return;
					scroll.frames.push(time);
					scroll.scrollY.push(scrollY);
					const index = geometricStep(steps);
					if (index !== last) scroll.crossings.push({ time, index });
					last = index;
					requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
				return steps.length;
			},
			/** Resolves true once the page has scrolled to `y` or further (false after `timeout` ms). */
			untilScrolled(y: number, timeout: number) {
				return new Promise<boolean>((done) => {
					const until = performance.now() + timeout;
					const check = () => {
						if (scrollY >= y) done(true);
						else if (performance.now() > until) done(false);
						else requestAnimationFrame(check);
					};
					requestAnimationFrame(check);
				});
			},
			/** Stops recording; returns the recording. */
			stopScroll() {
				const scroll = data.scroll;
				if (!scroll) return null;
				scroll.end = performance.now();
				states.disconnect();
				sizes.disconnect();
				scroll.marks = performance
					.getEntriesByType('mark')
					.filter((m) => m.startTime >= scroll.start && /^step-(active|shown):/.test(m.name))
					.map((m) => ({ name: m.name, startTime: m.startTime }));
				return scroll;
			}
		}
	});
}

/**
 * The init script's source. tsx (esbuild with keepNames) wraps named functions in `__name()`,
 * which does not exist in the page, so the script defines it first.
 */
export function probeScript(config: ProbeConfig): string {
	return `(() => {\nconst __name = (f) => f;\n(${probe.toString()})(${JSON.stringify(config)});\n})();`;
}

/** The probe with the project's selectors. */
export function defaultProbe(): string {
	return probeScript({
		graphic: SELECTORS.graphic,
		figure: SELECTORS.figure,
		step: SELECTORS.step,
		offset: TRIGGER_OFFSET,
		loadFrames: 600
	});
}
