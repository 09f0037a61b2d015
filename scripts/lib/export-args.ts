/**
 * The command line of `npm run export`: options, presets, help, and every way to get them wrong.
 * Pure: parsing never touches the disk or the browser, so a bad command writes nothing.
 */
import { dateProblem } from '../../src/lib/data/fields';

/** Sizes for common uses, in CSS pixels with the scale that gives the pixel size. */
export const PRESETS = {
	social: {
		width: 800,
		height: 450,
		scale: 1.5,
		use: 'link and post images on X, LinkedIn, Facebook (16:9)'
	},
	square: { width: 540, height: 540, scale: 2, use: 'square posts (Instagram, Mastodon)' },
	story: { width: 540, height: 960, scale: 2, use: 'stories and reels (9:16)' },
	print: { width: 720, height: 540, scale: 3, use: '18 × 13.7 cm at 300 dpi' }
} as const;
export type PresetName = keyof typeof PRESETS;

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Defaults when neither an option nor a preset says otherwise. */
export const CLI_DEFAULTS = { width: 800, scale: 2, out: 'export' } as const;

/** Limits of the numbers (CSS pixels; pixel sizes are these times the scale). */
export const LIMITS = {
	width: [240, 4000],
	height: [160, 8000],
	scale: [0.5, 4],
	/** Largest side of the PNG in pixels. */
	pixels: 16000
} as const;

/** Which states to export. */
export type Selection =
	| { kind: 'default' }
	| { kind: 'step'; step: string }
	| { kind: 'date'; date: string }
	| { kind: 'year'; year: number }
	| { kind: 'all' };

export interface ExportArgs {
	help: boolean;
	charts: string[];
	selection: Selection;
	width: number;
	/** Undefined: the chart's natural height at that width. */
	height?: number;
	scale: number;
	preset?: PresetName;
	themes: Theme[];
	transparent: boolean;
	plain: boolean;
	out: string;
}

/** A command line that cannot be run; the message names the problem and the fix. */
export class UsageError extends Error {
	override name = 'UsageError';
}

const VALUE_OPTIONS = [
	'chart',
	'year',
	'date',
	'step',
	'steps',
	'width',
	'height',
	'scale',
	'preset',
	'theme',
	'out'
] as const;
const FLAG_OPTIONS = ['transparent', 'plain', 'help'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
type FlagOption = (typeof FLAG_OPTIONS)[number];

const HELP_HINT = 'run `npm run export -- --help` for the options';

/** Splits argv into option values; rejects unknown, repeated and valueless options. */
function readOptions(argv: readonly string[]) {
	const values = new Map<ValueOption, string>();
	const flags = new Set<FlagOption>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '-h') {
			flags.add('help');
			continue;
		}
		const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
		if (!m)
			throw new UsageError(
				`export: unexpected argument "${arg}"; options start with --; ${HELP_HINT}`
			);
		const [, name = '', inline] = m;
		if ((FLAG_OPTIONS as readonly string[]).includes(name)) {
			if (inline !== undefined)
				throw new UsageError(
					`export: --${name} takes no value (got "${inline}"); write just --${name}`
				);
			if (flags.has(name as FlagOption))
				throw new UsageError(`export: --${name} is given twice; give it once`);
			flags.add(name as FlagOption);
			continue;
		}
		if (!(VALUE_OPTIONS as readonly string[]).includes(name)) {
			const near = [...VALUE_OPTIONS, ...FLAG_OPTIONS].find((o) => o.startsWith(name.slice(0, 3)));
			throw new UsageError(
				`export: unknown option --${name}${near ? ` (did you mean --${near}?)` : ''}; ${HELP_HINT}`
			);
		}
		let value = inline;
		if (value === undefined) {
			const next = argv[i + 1];
			if (next === undefined || next.startsWith('--'))
				throw new UsageError(
					`export: --${name} needs a value, e.g. ${example(name as ValueOption)}`
				);
			value = next;
			i++;
		}
		if (values.has(name as ValueOption))
			throw new UsageError(
				`export: --${name} is given twice (${values.get(name as ValueOption)} and ${value}); give it once`
			);
		values.set(name as ValueOption, value);
	}
	return { values, flags };
}

function example(name: ValueOption): string {
	return {
		chart: '--chart membership-map',
		year: '--year 2004',
		date: '--date 2004-03-29',
		step: '--step share',
		steps: '--steps all',
		width: '--width 800',
		height: '--height 600',
		scale: '--scale 2',
		preset: '--preset social',
		theme: '--theme dark',
		out: '--out export'
	}[name];
}

function number(name: 'width' | 'height' | 'scale', value: string): number {
	const [min, max] = LIMITS[name];
	const n = Number(value);
	const whole = name !== 'scale';
	if (!/^\d+(\.\d+)?$/.test(value) || (whole && !Number.isInteger(n)))
		throw new UsageError(
			`export: --${name} "${value}" is not a ${whole ? 'whole number of CSS pixels' : 'number'}; e.g. ${example(name)}`
		);
	if (n < min || n > max)
		throw new UsageError(`export: --${name} ${value} is out of range; use ${min} to ${max}`);
	return n;
}

/**
 * Parses `npm run export -- …` arguments for a build whose charts are `known` (its manifest);
 * throws a UsageError naming the problem and the fix.
 */
export function parseExportArgs(argv: readonly string[], known: readonly string[]): ExportArgs {
	const { values, flags } = readOptions(argv);
	const get = (name: ValueOption) => values.get(name);

	const chartValue = get('chart') ?? 'all';
	let charts: string[];
	if (chartValue === 'all') charts = [...known];
	else if (known.includes(chartValue)) charts = [chartValue];
	else
		throw new UsageError(
			`export: unknown chart "${chartValue}"; use --chart ${[...known, 'all'].join('|')}`
		);

	const chosen = (['year', 'date', 'step', 'steps'] as const).filter((o) => values.has(o));
	if (chosen.length > 1)
		throw new UsageError(
			`export: ${chosen.map((o) => `--${o}`).join(' and ')} conflict; choose the state with one of --year, --date, --step or --steps all`
		);
	let selection: Selection = { kind: 'default' };
	const year = get('year');
	const date = get('date');
	const step = get('step');
	const steps = get('steps');
	if (year !== undefined) {
		if (!/^\d{4}$/.test(year))
			throw new UsageError(`export: --year "${year}" is not a four-digit year; e.g. --year 2004`);
		selection = { kind: 'year', year: Number(year) };
	} else if (date !== undefined) {
		const problem = dateProblem(date);
		if (problem === 'no such day')
			throw new UsageError(
				`export: --date "${date}" is not a day of the calendar; e.g. --date 2004-03-29`
			);
		if (problem === 'malformed')
			throw new UsageError(
				`export: --date "${date}" is not a date written YYYY-MM-DD; e.g. --date 2004-03-29`
			);
		selection = { kind: 'date', date };
	} else if (step !== undefined) {
		if (charts.length > 1)
			throw new UsageError(
				`export: --step "${step}" names the state of one chart; add --chart ${known.join('|')}, or use --steps all`
			);
		if (!/^[\w-]+$/.test(step))
			throw new UsageError(`export: --step "${step}" is not a state id (letters, digits, -)`);
		selection = { kind: 'step', step };
	} else if (steps !== undefined) {
		if (steps !== 'all')
			throw new UsageError(
				`export: --steps takes only "all" (got "${steps}"); for one state use --step ID`
			);
		selection = { kind: 'all' };
	}

	const presetValue = get('preset');
	let preset: PresetName | undefined;
	if (presetValue !== undefined) {
		if (!Object.hasOwn(PRESETS, presetValue))
			throw new UsageError(
				`export: unknown preset "${presetValue}"; use --preset ${Object.keys(PRESETS).join('|')}`
			);
		preset = presetValue as PresetName;
	}
	const base = preset ? PRESETS[preset] : undefined;
	const widthValue = get('width');
	const heightValue = get('height');
	const scaleValue = get('scale');
	const width =
		widthValue !== undefined ? number('width', widthValue) : (base?.width ?? CLI_DEFAULTS.width);
	const height = heightValue !== undefined ? number('height', heightValue) : base?.height;
	const scale =
		scaleValue !== undefined ? number('scale', scaleValue) : (base?.scale ?? CLI_DEFAULTS.scale);
	for (const [name, size] of [
		['width', width],
		['height', height]
	] as const) {
		if (size === undefined) continue;
		const px = size * scale;
		if (!Number.isInteger(px))
			throw new UsageError(
				`export: ${name} ${size} × scale ${scale} is ${px} pixels, not a whole number; choose a scale such as 1, 2 or 3`
			);
		if (px > LIMITS.pixels)
			throw new UsageError(
				`export: ${name} ${size} × scale ${scale} is ${px} pixels, over ${LIMITS.pixels}; lower the scale`
			);
	}

	const themeValue = get('theme');
	let themes: Theme[];
	if (themeValue === undefined) themes = selection.kind === 'all' ? [...THEMES] : ['light'];
	else if ((THEMES as readonly string[]).includes(themeValue)) themes = [themeValue as Theme];
	else
		throw new UsageError(`export: unknown theme "${themeValue}"; use --theme ${THEMES.join('|')}`);

	const out = get('out') ?? CLI_DEFAULTS.out;
	if (!out.trim())
		throw new UsageError('export: --out is empty; name a directory, e.g. --out export');

	return {
		help: flags.has('help'),
		charts,
		selection,
		width,
		...(height !== undefined ? { height } : {}),
		scale,
		...(preset ? { preset } : {}),
		themes,
		transparent: flags.has('transparent'),
		plain: flags.has('plain'),
		out
	};
}

/** The text of `--help`, presets with their pixel sizes included. */
/** `--help`: the options, with the charts of the build when it is there (`known`). */
export function helpText(known: readonly string[] = []): string {
	const presets = Object.entries(PRESETS).map(
		([name, p]) =>
			`  ${name.padEnd(7)} ${`${p.width * p.scale} × ${p.height * p.scale} px`.padEnd(17)} (${p.width}×${p.height} CSS px at ${p.scale}×) ${p.use}`
	);
	return [
		'Usage: npm run export -- [options]',
		'',
		'Exports chart states of the built site (npm run build) as PNG files, each with a JSON sidecar',
		'(title, alt text, source, data release, state, theme, size).',
		'',
		'Options:',
		`  --chart ID         ${known.length ? [...known, 'all'].join(' | ') : "a chart of the build's charts.json, or all"} (default all)`,
		'  --year Y           the state on 31 December of year Y (dated charts)',
		'  --date YYYY-MM-DD  the state on that day (dated charts)',
		'  --step ID          a state by its id (with one --chart)',
		'  --steps all        every state of each chart (the story uses a subset); both themes unless --theme',
		"                     (default: each chart's default state)",
		`  --width N          image width in CSS pixels, ${LIMITS.width[0]}–${LIMITS.width[1]} (default ${CLI_DEFAULTS.width})`,
		`  --height N         image height in CSS pixels, ${LIMITS.height[0]}–${LIMITS.height[1]} (default: the chart's natural height)`,
		`  --scale N          pixels per CSS pixel, ${LIMITS.scale[0]}–${LIMITS.scale[1]} (default ${CLI_DEFAULTS.scale}); the PNG is width×scale by height×scale`,
		`  --preset NAME      ${Object.keys(PRESETS).join(' | ')}; --width/--height/--scale override its values`,
		'  --theme T          light | dark (default light; both with --steps all)',
		'  --transparent      no background',
		'  --plain            the graphic alone: no title, subtitle, source or credit',
		`  --out DIR          where to write (default ${CLI_DEFAULTS.out}/)`,
		'  --help             this text',
		'',
		'Presets:',
		...presets,
		'',
		'Environment: BUILD_DIR (default build) names the built site.',
		'Examples:',
		'  npm run export -- --chart membership-map --year 2004 --preset social',
		'  npm run export -- --chart defence-spending --step share --theme dark --scale 3',
		'  npm run export -- --chart all --steps all --out export/all'
	].join('\n');
}
