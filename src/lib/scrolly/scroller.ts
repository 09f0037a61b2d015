import { read, settled, type Reading } from './geometry';
import { windowViewport, type Viewport } from './viewport';

/** How a scroller reads the steps. */
export interface ScrollerOptions {
	/** Where the trigger line sits, as a fraction of the viewport's height from its top; default 0.5. */
	offset?: number;
	/** The viewport the steps scroll through; default the window. */
	viewport?: Viewport;
	/**
	 * Above this speed (viewport heights per second) a new active step waits until the page slows
	 * down, so a fling past many steps changes the graphic once; default 4.
	 */
	maxSpeed?: number;
	/** Called after the first measurement, then whenever the active step or the progress changes. */
	onChange?: (index: number, progress: number) => void;
}

export const SCROLLER_DEFAULTS = { offset: 0.5, maxSpeed: 4 } as const;

/** Intersection ratios at which the steps are measured again: every 2% of a step's height. */
const THRESHOLDS = Array.from({ length: 51 }, (_, i) => i / 50);

/**
 * How many frames in a row the page must stand still before the engine stops measuring every
 * frame and waits for the observers again (about a quarter of a second at 60 Hz).
 */
export const STILL_FRAMES = 15;

/**
 * The active step and the progress through it, derived from the steps' geometry. Observers
 * (IntersectionObserver, ResizeObserver, the viewport's own signals, hash and history changes)
 * only ask for a measurement; measurements happen at the next animation frame, at most once a
 * frame, and read every step's box afresh. Once the page moves, it measures every frame until
 * the page has stood still for `STILL_FRAMES`: an observer reports only after the frame in which
 * the trigger line crossed a step, and that frame's own measurement is what lets the graphic
 * change in it; the window's scroll event comes before the frame's animation callbacks, so the
 * first frame after a pause is measured too (a step it already crosses into still waits a frame:
 * without a reading of the frame before, a scroll cannot be told from a jump; see `settled`). So
 * the state never depends on which events came before: a reload, a `#step` link, back and
 * forward, or a jump to the end all give the step whose box holds the trigger line.
 */
export class Scroller {
	/** The active step: the last whose top has passed the trigger line; -1 above the first. */
	index = -1;
	/** How far the trigger line is through the active step, 0 to 1. */
	progress = 0;

	readonly offset: number;
	readonly maxSpeed: number;
	#viewport: Viewport | undefined;
	#steps: HTMLElement[] = [];
	#onChange: ScrollerOptions['onChange'];
	#frame = 0;
	#last: Reading | undefined;
	/** The next measurement is the frame right after the last one (measuring every frame). */
	#chained = false;
	/** Frames in a row in which the page did not move. */
	#still = 0;

	constructor(options: ScrollerOptions = {}) {
		this.offset = options.offset ?? SCROLLER_DEFAULTS.offset;
		this.maxSpeed = options.maxSpeed ?? SCROLLER_DEFAULTS.maxSpeed;
		this.#viewport = options.viewport;
		this.#onChange = options.onChange;
	}

	/** Watches `steps` (in document order) until the returned cleanup runs. */
	observe(steps: readonly HTMLElement[]): () => void {
		const viewport = (this.#viewport ??= windowViewport());
		this.#steps = [...steps];
		this.#last = undefined;
		this.#chained = false;
		this.#still = 0;
		const update = () => this.update();
		const pct = (f: number) => `${(f * 100).toFixed(3)}%`;
		const line = new IntersectionObserver(update, {
			rootMargin: `-${pct(this.offset)} 0px -${pct(1 - this.offset)} 0px`
		});
		const near = new IntersectionObserver(update, { threshold: THRESHOLDS });
		const sizes = new ResizeObserver(update);
		for (const step of this.#steps) {
			line.observe(step);
			near.observe(step);
			sizes.observe(step);
		}
		sizes.observe(document.documentElement);
		const unwatch = viewport.watch(update);
		const events = ['hashchange', 'popstate', 'pageshow', 'load'] as const;
		for (const name of events) window.addEventListener(name, update);
		this.update();
		return () => {
			line.disconnect();
			near.disconnect();
			sizes.disconnect();
			unwatch();
			for (const name of events) window.removeEventListener(name, update);
			cancelAnimationFrame(this.#frame);
			this.#frame = 0;
			this.#steps = [];
		};
	}

	/** Measures at the next animation frame; any number of calls in one frame measure once. */
	update(): void {
		if (this.#frame === 0 && this.#steps.length > 0)
			this.#frame = requestAnimationFrame((time) => this.#measure(time));
	}

	#measure(time: number): void {
		this.#frame = 0;
		const viewport = this.#viewport;
		if (!viewport || this.#steps.length === 0) return;
		const boxes = this.#steps.map((step) => step.getBoundingClientRect());
		const now = read(boxes, viewport.band(), this.offset, time);
		const before = this.#last;
		const chained = this.#chained;
		this.#last = now;
		const moved = !before || now.position !== before.position || now.height !== before.height;
		this.#still = moved ? 0 : this.#still + 1;
		let waiting = false;
		const [index, progress] = [this.index, this.progress];
		if (now.index === this.index) this.progress = now.progress;
		// A new step waits while the page moves fast, measured again each frame (see `settled`).
		else if (settled(before, now, this.maxSpeed, chained)) {
			this.index = now.index;
			this.progress = now.progress;
		} else waiting = true;
		if (!before || this.index !== index || this.progress !== progress)
			this.#onChange?.(this.index, this.progress);
		this.#chained = waiting || this.#still < STILL_FRAMES;
		if (this.#chained) this.update();
	}
}
