import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { exportMeta, pngName, squash } from './meta';

const { document } = parseHTML(`<figure class="chart" data-chart="membership-map" data-state="b">
	<header><h2 class="chart-title">NATO
		grows</h2><p class="chart-subtitle">Members on the date shown</p></header>
	<div class="chart-body">
		<div data-panel="a" data-from="1949-04-04" hidden><p data-description>Twelve founders.</p></div>
		<div data-panel="b" data-from="2004-03-29"><p data-description>
			Seven joined:   26 members.</p></div>
	</div>
	<footer><p class="chart-source" data-source>Source: NATO</p><p class="chart-credit">Graphic: us</p></footer>
</figure>`);
const figure = document.querySelector('figure') as unknown as HTMLElement;

describe('exportMeta', () => {
	it("exportMeta(figure) gives the shown state's words as a reader sees them", () => {
		expect(exportMeta(figure)).toEqual({
			chart: 'membership-map',
			state: 'b',
			from: '2004-03-29',
			title: 'NATO grows',
			subtitle: 'Members on the date shown',
			alt: 'Seven joined: 26 members.',
			source: 'Source: NATO',
			credit: 'Graphic: us',
			release: ''
		});
	});

	it("exportMeta(figure, state) describes another state; the figure's data-release names the release", () => {
		figure.dataset.release = 'NATO; world-atlas 2.0.2';
		expect(exportMeta(figure, 'a')).toMatchObject({
			state: 'a',
			from: '1949-04-04',
			alt: 'Twelve founders.',
			release: 'NATO; world-atlas 2.0.2'
		});
	});

	it("exportMeta(figure, state) takes the state's own sources and release where it has them", () => {
		const { document } =
			parseHTML(`<figure class="chart" data-chart="s" data-state="x" data-release="SIPRI">
			<div data-panel="x" data-release="SIPRI 2020; NATO June 2019"></div><div data-panel="y" hidden></div>
			<p data-source><span data-layer="x" data-on>Sources: SIPRI 2020; NATO</span><span data-layer="y">Source: SIPRI 2025</span></p>
		</figure>`);
		const spending = document.querySelector('figure') as unknown as HTMLElement;
		expect(exportMeta(spending)).toMatchObject({
			source: 'Sources: SIPRI 2020; NATO',
			release: 'SIPRI 2020; NATO June 2019'
		});
		expect(exportMeta(spending, 'y')).toMatchObject({
			source: 'Source: SIPRI 2025',
			release: 'SIPRI'
		});
	});
});

describe('pngName', () => {
	it('pngName(chart, state, scale) is chart-state@Nx.png, safe for any state', () => {
		expect(pngName('defence-spending', 'claim-2019', 2)).toBe('defence-spending-claim-2019@2x.png');
		expect(pngName('x', 'a/b c', 3)).toBe('x-a-b-c@3x.png');
		expect(squash('  a \n b ')).toBe('a b');
	});
});
