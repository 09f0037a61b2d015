import { describe, expect, it } from 'vitest';
import { CLI_DEFAULTS, helpText, parseExportArgs, PRESETS, UsageError } from './export-args';

/** The charts of a build, as its manifest lists them. */
const CHARTS = ['membership-map', 'defence-spending'];
const parse = (line: string) => parseExportArgs(line.split(' ').filter(Boolean), CHARTS);

/** The message of the UsageError a command line gives. */
function failure(line: string): string {
	try {
		parse(line);
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return (error as Error).message;
	}
	throw new Error(`"${line}" was accepted`);
}

describe('parseExportArgs', () => {
	it('parseExportArgs([]) exports the default state of every chart, light, 800 px at 2×, into export/', () => {
		expect(parse('')).toEqual({
			help: false,
			charts: ['membership-map', 'defence-spending'],
			selection: { kind: 'default' },
			width: CLI_DEFAULTS.width,
			scale: 2,
			themes: ['light'],
			transparent: false,
			plain: false,
			out: 'export'
		});
	});

	it('reads every option, as `--name value` and as `--name=value`', () => {
		expect(
			parse(
				'--chart membership-map --date=2004-03-29 --width 600 --height=400 --scale 3 --theme dark --transparent --plain --out x/y'
			)
		).toEqual({
			help: false,
			charts: ['membership-map'],
			selection: { kind: 'date', date: '2004-03-29' },
			width: 600,
			height: 400,
			scale: 3,
			themes: ['dark'],
			transparent: true,
			plain: true,
			out: 'x/y'
		});
		expect(parse('--chart membership-map --year 2004').selection).toEqual({
			kind: 'year',
			year: 2004
		});
		expect(parse('--chart defence-spending --step share').selection).toEqual({
			kind: 'step',
			step: 'share'
		});
		expect(parse('--help').help).toBe(true);
		expect(parse('-h').help).toBe(true);
	});

	it('parseExportArgs(--date 0099-01-01) reads a date of the first century as that date', () => {
		expect(parse('--chart membership-map --date 0099-01-01').selection).toEqual({
			kind: 'date',
			date: '0099-01-01'
		});
	});

	it('--steps all exports both themes unless --theme says one', () => {
		expect(parse('--chart all --steps all')).toMatchObject({
			charts: ['membership-map', 'defence-spending'],
			selection: { kind: 'all' },
			themes: ['light', 'dark']
		});
		expect(parse('--steps all --theme dark').themes).toEqual(['dark']);
	});

	it('a preset sets width, height and scale; options override them', () => {
		for (const [name, p] of Object.entries(PRESETS))
			expect(parse(`--preset ${name}`)).toMatchObject({
				preset: name,
				width: p.width,
				height: p.height,
				scale: p.scale
			});
		expect(parse('--preset square --scale 3 --height 600')).toMatchObject({
			width: 540,
			height: 600,
			scale: 3
		});
	});

	it.each([
		['--foo', 'unknown option --foo'],
		['--widht 800', 'unknown option --widht (did you mean --width?)'],
		['membership-map', 'unexpected argument "membership-map"'],
		['--width', '--width needs a value'],
		['--width --plain', '--width needs a value'],
		['--width 800 --width 900', '--width is given twice (800 and 900)'],
		['--plain --plain', '--plain is given twice'],
		['--plain=yes', '--plain takes no value (got "yes")'],
		['--chart nato', 'unknown chart "nato"; use --chart membership-map|defence-spending|all'],
		['--year 04', '--year "04" is not a four-digit year'],
		['--date 2004-3-29', '--date "2004-3-29" is not a date written YYYY-MM-DD'],
		['--date 2023-02-29', '--date "2023-02-29" is not a day of the calendar'],
		['--year 2004 --date 2004-03-29', '--year and --date conflict'],
		['--chart membership-map --step a --steps all', '--step and --steps conflict'],
		['--step share', '--step "share" names the state of one chart; add --chart'],
		['--chart defence-spending --step <b>', '--step "<b>" is not a state id'],
		['--steps some', '--steps takes only "all" (got "some")'],
		['--width 800.5', '--width "800.5" is not a whole number of CSS pixels'],
		['--width -5', '--width "-5" is not a whole number'],
		['--width 1e3', '--width "1e3" is not a whole number'],
		['--width 100', '--width 100 is out of range; use 240 to 4000'],
		['--height 9000', '--height 9000 is out of range; use 160 to 8000'],
		['--scale 0', '--scale 0 is out of range; use 0.5 to 4'],
		['--scale two', '--scale "two" is not a number'],
		['--width 801 --scale 1.5', 'width 801 × scale 1.5 is 1201.5 pixels, not a whole number'],
		['--width 4000 --scale 4.5', '--scale 4.5 is out of range'],
		['--height 6000 --scale 3', 'height 6000 × scale 3 is 18000 pixels, over 16000'],
		['--preset poster', 'unknown preset "poster"; use --preset social|square|story|print'],
		[
			'--preset constructor',
			'unknown preset "constructor"; use --preset social|square|story|print'
		],
		['--preset __proto__', 'unknown preset "__proto__"; use --preset social|square|story|print'],
		['--preset toString', 'unknown preset "toString"; use --preset social|square|story|print'],
		[
			'--preset hasOwnProperty',
			'unknown preset "hasOwnProperty"; use --preset social|square|story|print'
		],
		['--theme sepia', 'unknown theme "sepia"; use --theme light|dark'],
		['--out=', '--out is empty']
	])('parseExportArgs(%s) fails: %s', (line, message) => {
		expect(failure(line)).toContain(message);
		expect(failure(line)).toMatch(/^export: /);
	});
});

describe('helpText', () => {
	it('lists every preset with its pixel size', () => {
		const help = helpText(CHARTS);
		for (const [name, p] of Object.entries(PRESETS))
			expect(help).toMatch(
				new RegExp(`${name}\\s+${p.width * p.scale} × ${p.height * p.scale} px`)
			);
		expect(help).toContain('social  1200 × 675 px');
		expect(help).toContain('square  1080 × 1080 px');
		expect(help).toContain('story   1080 × 1920 px');
		expect(help).toContain('print   2160 × 1620 px');
	});
});
