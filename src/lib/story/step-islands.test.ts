import { describe, expect, it } from 'vitest';
import { stepHtml, stepPictureHtml, stepsIsland, stepTextHtml } from './step-islands';
import type { StepView } from './story-view';

const step: StepView = {
	id: 'founders',
	chart: 'membership-map',
	state: '1949-04-04',
	paragraphs: ['NATO was founded by 12 countries.', 'Russia\'s "threat" & <more>.'],
	line: 17,
	label: '4 April 1949: 12 members',
	description: 'Twelve countries <found> NATO & "sign".',
	source: 'Sources: NATO',
	image: 'fallback/membership-map/1949-04-04.png'
};

describe('step islands', () => {
	it('stepTextHtml writes one escaped paragraph per paragraph', () => {
		expect(stepTextHtml(step)).toBe(
			'<p>NATO was founded by 12 countries.</p><p>Russia&#39;s &quot;threat&quot; &amp; &lt;more&gt;.</p>'
		);
	});

	it('stepPictureHtml writes the picture from the page’s path to the root, its escaped alt text and the caption', () => {
		expect(stepPictureHtml(step, '..')).toBe(
			'<img src="../fallback/membership-map/1949-04-04.png" alt="Twelve countries &lt;found&gt; NATO &amp; &quot;sign&quot;."' +
				' width="640" height="720" loading="lazy">' +
				'<figcaption>4 April 1949: 12 members. Sources: NATO</figcaption>'
		);
	});

	it('stepHtml writes the card, the permalink, the copy button and both static figures', () => {
		const html = stepHtml({ ...step, id: 'a&b' }, true, '..');
		const picture = stepPictureHtml(step, '..');
		expect(html).toBe(
			'<li class="step" id="step-a&amp;b" tabindex="0" data-step="a&amp;b" data-chart="membership-map"' +
				' data-state="1949-04-04" data-active="">' +
				`<div class="card">${stepTextHtml(step)}` +
				'<p class="tools"><a class="permalink" href="#step-a&amp;b">Link to this step</a> ' +
				'<button type="button" class="copy js-only">Copy link</button></p></div>' +
				`<noscript><figure class="static-figure" data-static="membership-map">${picture}</figure></noscript>` +
				`<figure class="static-figure print-only" data-print="membership-map">${picture}</figure></li>`
		);
		expect(stepHtml(step, false, '.')).not.toContain('data-active');
	});

	it('stepsIsland("list") writes every step in order, only the first active', () => {
		const second = { ...step, id: 'second', state: '1952-02-18' };
		expect(stepsIsland([step, second], 'list', '.')).toBe(
			stepHtml(step, true, '.') + stepHtml(second, false, '.')
		);
	});

	it.each(['other', 'founders/text', ''])('stepsIsland(%s) fails, naming the island', (name) => {
		expect(() => stepsIsland([step], name, '.')).toThrow(
			`story-steps: no island "${name}"; the only one is "story-steps/list"`
		);
	});
});
