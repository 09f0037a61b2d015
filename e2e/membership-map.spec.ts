import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// What the map should show is computed here from the committed CSVs, independently of src/lib.

/** RFC 4180 rows of a CSV file as objects keyed by its header. */
function csv(file: string): Record<string, string>[] {
	const text = readFileSync(file, 'utf8');
	const records: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const endCell = () => {
		row.push(cell);
		cell = '';
	};
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted && ch === '"' && text[i + 1] === '"') {
			cell += '"';
			i++;
		} else if (ch === '"') {
			quoted = !quoted;
		} else if (quoted) {
			cell += ch;
		} else if (ch === ',') {
			endCell();
		} else if (ch === '\n') {
			endCell();
			records.push(row);
			row = [];
		} else if (ch !== '\r') {
			cell += ch;
		}
	}
	if (cell !== '' || row.length > 0) {
		endCell();
		records.push(row);
	}
	const [header, ...rest] = records;
	return rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

const members = csv('data/nato-members.csv');
const pact = csv('data/warsaw-pact.csv');
const republics = csv('data/soviet-republics.csv');
const changes = csv('data/map-changes.csv');
const territories = csv('data/map-territories.csv');
const published = csv('data/russia-border-lengths.csv');
const reunification = csv('data/nato-events.csv').find(
	(e) => e.event_type === 'territory_change' && e.iso3 === 'DEU' && e.date_precision === 'day'
)!.date!;
const ussrEnd = changes.find((c) => c.code === 'SUN')!.date!;
const idOf = new Map([...members, ...republics].map((r) => [r.iso3!, r.iso_numeric!]));
const sovietIds = republics.map((r) => r.iso_numeric!);
/** World-atlas ids a Warsaw Pact row is drawn with (Czechoslovakia as its successors). */
const pactIds = (row: Record<string, string>) => {
	const change = changes.find((c) => c.code === row.iso3_modern && c.change === 'dissolved');
	if (change) return change.successors!.split(' ').map((s) => idOf.get(s)!);
	return row.iso3_modern === 'DDR' ? [] : [row.iso_numeric_modern!];
};

const days = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const longDate = (iso: string) => days.format(new Date(`${iso}T00:00:00Z`));
const membersOn = (date: string) => members.filter((m) => m.accession_date! <= date);

const ACCESSIONS = [...new Set(members.map((m) => m.accession_date!))].sort();
/** Every date the map changes on: accessions, the Warsaw Pact's dates, the changes of the map. */
const CHANGES = [
	...new Set([
		...ACCESSIONS,
		...pact.flatMap((p) => [p.joined!, p.left!]),
		...changes.map((c) => c.date!)
	])
].sort();
/** The state (its first day) that holds on `date`. */
const stateOn = (date: string) => CHANGES.filter((d) => d <= date).at(-1)!;
const DECADES = [1950, 1960, 1970, 1980, 1990, 2000, 2010, 2020].map((y) => `${y}-01-01`);

/** Opens the embed at `?date=` or `?year=`, without transitions, and waits for the state to apply. */
async function open(page: Page, query: string) {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`/embed/membership-map/${query}`);
	const figure = page.locator('figure.chart[data-chart="membership-map"]');
	const params = new URLSearchParams(query);
	const date = params.get('date') ?? `${params.get('year')}-12-31`;
	await expect(figure).toHaveAttribute('data-state', stateOn(date));
	await page.evaluate(() => document.fonts.ready);
	return figure;
}

type Painted = { fills: Record<string, string[]>; shown: string[] };

/**
 * What is painted: for each fill colour of the theme (nato, nato-new, warsaw, ussr, land, neutral),
 * the data-ids of the shapes with that computed fill; and the switched lines that are visible.
 */
async function painted(page: Page): Promise<Painted> {
	// A fill changing while styles load (the theme arriving after the map) runs its transition: let it end.
	await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
	return page.evaluate(() => {
		const figure = document.querySelector<HTMLElement>('figure[data-chart="membership-map"]')!;
		const probe = document.createElement('span');
		figure.append(probe);
		const colour = (token: string) => {
			probe.style.color = `var(--${token})`;
			return getComputedStyle(probe).color;
		};
		const tokens = {
			nato: 'nato',
			'nato-new': 'nato-new',
			warsaw: 'warsaw',
			ussr: 'ussr',
			land: 'land',
			neutral: 'rule'
		};
		const byColour = new Map(Object.entries(tokens).map(([name, token]) => [colour(token), name]));
		probe.remove();
		const fills: Record<string, string[]> = {};
		for (const path of figure.querySelectorAll<SVGPathElement>('path[data-id]')) {
			const style = getComputedStyle(path);
			if (Number(style.opacity) === 0) continue;
			const name = byColour.get(style.fill) ?? `other ${style.fill}`;
			(fills[name] ??= []).push(path.dataset.id!);
		}
		const shown = [
			...figure.querySelectorAll<SVGPathElement>('[data-line],[data-outline],[data-pair]')
		]
			.filter((el) => Number(getComputedStyle(el).opacity) > 0)
			.map(
				(el) =>
					`${el.dataset.line ? 'line' : el.dataset.outline ? 'outline' : 'pair'}:${el.dataset.line ?? el.dataset.outline ?? el.dataset.pair}`
			);
		return { fills, shown };
	});
}

const uniq = (ids: string[] = []) => [...new Set(ids)].sort();
const activePanel = (page: Page) => page.locator('[data-panel]:not([hidden])');

test.describe('members shown at /embed/membership-map/?date=', () => {
	for (const date of [...ACCESSIONS, ...DECADES]) {
		test(`${date}: the painted members and the table equal data/nato-members.csv`, async ({
			page
		}) => {
			await open(page, `?date=${date}`);
			const expected = membersOn(date);
			const { fills } = await painted(page);
			const territoryIds = new Set(territories.map((t) => t.iso_numeric!));
			const nato = uniq([...(fills.nato ?? []), ...(fills['nato-new'] ?? [])]).filter(
				(id) => !territoryIds.has(id) && /^\d{3}$/.test(id)
			);
			expect(nato).toEqual(uniq(expected.map((m) => m.iso_numeric!)));
			// Territories take their state's colour (Greenland and the Faroes with Denmark, …).
			for (const t of territories) {
				const member = expected.some((m) => m.iso_numeric === t.drawn_with);
				const painted = [...(fills.nato ?? []), ...(fills['nato-new'] ?? [])].includes(
					t.iso_numeric!
				);
				if (t.iso_numeric !== '831') expect(painted, t.name).toBe(member);
			}
			const rows = await activePanel(page)
				.locator('table[data-table] tbody tr')
				.evaluateAll((trs) =>
					trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))
				);
			const name = (m: Record<string, string>) =>
				m.iso3 === 'DEU' && date < reunification ? `West ${m.name}` : m.name!;
			expect(rows.map((r) => r.join(' | ')).sort()).toEqual(
				expected.map((m) => `${name(m)} | ${longDate(m.accession_date!)}`).sort()
			);
			await expect(activePanel(page).locator('table[data-table] th')).toHaveText([
				'Country',
				'Joined'
			]);
			await expect(activePanel(page).locator('.mm-count strong')).toHaveText(
				String(expected.length)
			);
			// Newly joined members stand out: exactly those who joined on the state's first day.
			const first = await page.locator('figure.chart').getAttribute('data-state');
			const fresh =
				first === ACCESSIONS[0] ? [] : expected.filter((m) => m.accession_date === first);
			expect(
				uniq(fills['nato-new']).filter((id) => !territoryIds.has(id) && /^\d{3}$/.test(id))
			).toEqual(uniq(fresh.map((m) => m.iso_numeric!)));
		});
	}
});

test.describe('the Warsaw Pact, the Soviet Union and divided Germany', () => {
	const cases = ['1955-06-01', '1990-10-04', '1991-08-01', '1992-01-01'];
	for (const date of cases) {
		test(`${date}: blocs and Germany as the data has them`, async ({ page }) => {
			await open(page, `?date=${date}`);
			const { fills, shown } = await painted(page);
			const inPact = pact.filter((p) => p.joined! <= date && date < p.left!);
			const ussr = date < ussrEnd;
			const gdr = changes.find((c) => c.code === 'DDR')!;
			// Soviet republics: one colour while the union exists, and no borders between them.
			for (const id of sovietIds.filter((id) => id !== '417' && id !== '762')) {
				expect(fills[ussr ? 'ussr' : 'land'] ?? [], `republic ${id}`).toContain(id);
			}
			expect(shown.includes('outline:SUN')).toBe(ussr);
			expect(shown.includes('line:SUN')).toBe(!ussr);
			// The Warsaw Pact's members (the USSR in its own colour), Czechoslovakia drawn whole.
			const pactCountries = inPact.filter((p) => p.iso3_modern !== 'SUN').flatMap(pactIds);
			expect(uniq(fills.warsaw).filter((id) => /^\d{3}$/.test(id))).toEqual(uniq(pactCountries));
			expect(shown.includes('line:CSK')).toBe(false);
			// The GDR: Warsaw Pact while a member and before reunification; new NATO territory on it.
			const gdrInPact = inPact.some((p) => p.iso3_modern === 'DDR');
			if (date < gdr.date!) {
				expect(fills[gdrInPact ? 'warsaw' : 'land'] ?? []).toContain('DDR');
				expect(shown).toContain('line:DDR');
				expect(fills.neutral).toContain('DE-BE');
			} else {
				expect(shown).not.toContain('line:DDR');
				expect(fills.neutral ?? []).not.toContain('DE-BE');
			}
			expect(fills.nato ?? []).toContain('276');
			const description = await activePanel(page).locator('[data-description]').textContent();
			if (inPact.length > 0)
				expect(description).toContain(`The Warsaw Pact has ${inPact.length} members`);
			else expect(description).not.toContain('The Warsaw Pact has');
			expect(description!.includes('The Soviet Union is shown as one country')).toBe(ussr);
		});
	}

	test('1993-01-01: Czechoslovakia is split, so the Czech–Slovak border shows', async ({
		page
	}) => {
		await open(page, '?date=1992-12-31');
		expect((await painted(page)).shown).not.toContain('line:CSK');
		await open(page, '?date=1993-01-01');
		expect((await painted(page)).shown).toContain('line:CSK');
	});
});

test.describe('the break-up of Yugoslavia', () => {
	// The rows that take Yugoslavia apart: secessions from it or from Serbia, and its dissolution.
	const steps = changes.filter((c) => c.from === 'YUG' || c.from === 'SRB' || c.code === 'YUG');
	const yugoslavIds = csv('data/yugoslav-states.csv').map((s) => s.iso_numeric || s.iso3!);
	for (const date of [...new Set(['1990-12-31', ...steps.map((c) => c.date!)])]) {
		test(`${date}: the borders inside the former Yugoslavia are drawn from each step on, with its sentence`, async ({
			page
		}) => {
			await open(page, `?date=${date}`);
			const { fills, shown } = await painted(page);
			const lines = shown.filter((s) => steps.some((c) => s === `line:${c.code}`));
			const done = steps.filter((c) => c.date! <= date);
			expect(lines.sort()).toEqual(done.map((c) => `line:${c.code}`).sort());
			// Every state of the former Yugoslavia has a shape, Kosovo keyed by its code.
			const drawn = Object.values(fills).flat();
			for (const id of yugoslavIds) expect(drawn, id).toContain(id);
			const events = await activePanel(page).locator('.mm-events').textContent();
			for (const c of steps.filter((c) => c.date === date)) expect(events).toContain(c.title!);
		});
	}
});

test.describe('the land border with Russia (the Soviet Union before 1992)', () => {
	const byName = new Map(members.map((m) => [m.name!, m]));
	const sovietCodes = republics.map((r) => r.iso3!);
	/** A member's published km with the other side on `date`: Russia, or the Soviet republics before the USSR's end. */
	const publishedKm = (iso3: string, date: string) =>
		published
			.filter(
				(p) =>
					p.iso3 === iso3 &&
					(date < ussrEnd ? sovietCodes.includes(p.neighbour_iso3!) : p.neighbour_iso3 === 'RUS')
			)
			.reduce((sum, p) => sum + Number(p.km), 0);
	const km = (n: number) => new Intl.NumberFormat('en-GB').format(n);
	for (const date of [...new Set([...ACCESSIONS, '1991-12-26', '1993-01-01'])].sort()) {
		test(`${date}: the legend and description give the published length of each stretch, and their sum`, async ({
			page
		}) => {
			await open(page, `?date=${date}`);
			const text = (await activePanel(page).locator('[data-description]').textContent())!;
			const ussr = date < ussrEnd;
			const match =
				/between NATO members and (the Soviet Union|Russia) is ([\d,]+) km long: (.*?)\./.exec(
					text
				);
			expect(match, text).not.toBeNull();
			expect(match![1]).toBe(ussr ? 'the Soviet Union' : 'Russia');
			const stretches = [...match![3]!.matchAll(/([A-Za-zü ]+?) ([\d,]+) km/g)].map((m) => ({
				name: m[1]!.trim().replace(/^and /, ''),
				km: m[2]!
			}));
			const expected = membersOn(date)
				.map((m) => ({ name: m.name!, km: publishedKm(m.iso3!, date) }))
				.filter((s) => s.km > 0);
			expect(stretches.map((s) => s.name).sort()).toEqual(expected.map((s) => s.name).sort());
			for (const s of expected) {
				expect(stretches.find((x) => x.name === s.name)!.km, s.name).toBe(km(s.km));
			}
			const total = km(expected.reduce((sum, s) => sum + s.km, 0));
			expect(match![2]).toBe(total);
			const { shown } = await painted(page);
			for (const s of stretches) {
				const member = byName.get(s.name)!;
				expect(
					shown.some((x) => x.startsWith('pair:') && x.split(/[:-]/).includes(member.iso_numeric!))
				).toBe(true);
			}
			await expect(activePanel(page).locator('.mm-border strong')).toHaveText(`${total} km`);
		});
	}

	test('the source line names the CIA World Factbook as the source of the border lengths', async ({
		page
	}) => {
		const figure = await open(page, '?year=2024');
		await expect(figure.locator('[data-source]')).toContainText(
			'Border lengths: CIA, The World Factbook'
		);
		await expect(figure.locator('[data-source]')).not.toContainText('measured');
	});
});

test.describe('without JavaScript, across widths, small members', () => {
	test('the default state is in the HTML: its panel, the geometry and its CSS, so it shows before any script runs', async ({
		page,
		request
	}) => {
		const html = await (await request.get('/embed/membership-map/')).text();
		const latest = ACCESSIONS.at(-1)!;
		expect(html).toMatch(
			new RegExp(`<figure[^>]*data-chart="membership-map"[^>]*data-state="${latest}"`)
		);
		expect(html).toMatch(new RegExp(`data-panel="${latest}"[^>]*>`));
		expect(html).not.toMatch(new RegExp(`data-panel="${latest}"[^>]*hidden`));
		expect(html).toContain('<g data-island="membership-map/map"><g data-frame="main">');
		// The graphic's root carries the state's classes, which the map's CSS keys its fills on.
		const graphic = html.match(/<div class="(mm-graphic [^"]*)" role="img"/)![1]!;
		const nato = graphic.split(' ').filter((c) => /^mm\d+n$/.test(c));
		expect(nato.length).toBeGreaterThan(0);
		for (const c of nato) expect(html).toContain(`.${c} .mmk${c.slice(2, -1)}{--mm:var(--nato)}`);
		const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
		const nojs = await context.newPage();
		await nojs.goto('/embed/membership-map/');
		const { fills } = await painted(nojs);
		expect(
			uniq([...(fills.nato ?? []), ...(fills['nato-new'] ?? [])]).filter(
				(id) => /^\d{3}$/.test(id) && !territories.some((t) => t.iso_numeric === id)
			)
		).toEqual(uniq(membersOn(latest).map((m) => m.iso_numeric!)));
		await context.close();
	});

	for (const width of [320, 1600]) {
		test(`at ${width} px: no horizontal overflow, labels keep their type size`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await open(page, '?year=2004');
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - window.innerWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
			const sizes = await page
				.locator('.mm-label')
				.evaluateAll((els) =>
					els
						.filter((el) => getComputedStyle(el).opacity === '1')
						.map((el) => parseFloat(getComputedStyle(el).fontSize))
				);
			expect(sizes.length).toBeGreaterThan(3);
			expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
			const graphic = await page.locator('.mm-graphic').boundingBox();
			expect(graphic!.width).toBeGreaterThan(width - 40);
		});
	}

	test('at 360 px the small members can be found: a marker or a label on each', async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 800 });
		await open(page, '?year=2024');
		for (const iso3 of ['LUX', 'MNE', 'MKD', 'ALB', 'SVN', 'ISL']) {
			const m = members.find((r) => r.iso3 === iso3)!;
			const marker = page.locator(`.mm-marker[data-marker="${m.iso_numeric}"]`);
			const hasMarker =
				(await marker.count()) > 0 &&
				(await marker.evaluate((el) => Number(getComputedStyle(el).opacity))) === 1;
			const label = page.locator('.mm-label', { hasText: new RegExp(`^${m.name}$`) });
			const labelled = await label.evaluateAll((els) =>
				els.some((el) => getComputedStyle(el).opacity === '1')
			);
			expect(hasMarker || labelled, m.name).toBe(true);
			if (hasMarker) expect((await marker.boundingBox())!.width).toBeGreaterThanOrEqual(8);
		}
		// The United States and Canada are labelled in the inset at every width.
		const inset = await page
			.locator('.mm-label')
			.evaluateAll((els) =>
				els.filter((el) => getComputedStyle(el).opacity === '1').map((el) => el.textContent)
			);
		expect(inset).toContain('Canada');
		expect(inset.some((t) => t === 'United States' || t === 'US')).toBe(true);
	});

	test('switching states changes fills at once and fades lines and overlays over var(--motion), none under reduced motion', async ({
		page
	}) => {
		await page.goto('/embed/membership-map/?year=1999');
		const estonia = page.locator('path.mm-c[data-id="233"]').first();
		const border = page.locator('path.mm-r').first();
		const transition = (el: Element) => {
			const style = getComputedStyle(el);
			return { property: style.transitionProperty, duration: style.transitionDuration };
		};
		expect((await estonia.evaluate(transition)).duration).toBe('0s');
		expect(await border.evaluate(transition)).toEqual({ property: 'opacity', duration: '0.4s' });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		expect((await border.evaluate(transition)).duration).toBe('0s');
	});
});

test.describe('visual snapshots', () => {
	for (const year of [1949, 1955, 1990, 2004, 2019, 2024]) {
		for (const width of [375, 1280]) {
			test(`${year} at ${width} px`, async ({ page }) => {
				await page.setViewportSize({ width, height: 1000 });
				const figure = await open(page, `?year=${year}`);
				await expect(figure).toHaveScreenshot(`membership-map-${year}-${width}.png`);
			});
		}
	}
});
