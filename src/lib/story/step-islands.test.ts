import { describe, expect, it } from 'vitest';
import { stepIsland, stepIslandKey, stepPictureHtml, stepTextHtml } from './step-islands';
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

	it('stepIsland finds a step’s part by its key', () => {
		const name = stepIslandKey('founders', 'text').slice('story-step/'.length);
		expect(stepIsland([step], name, '.')).toBe(stepTextHtml(step));
		expect(stepIsland([step], 'founders/picture', '.')).toBe(stepPictureHtml(step, '.'));
	});

	it.each(['nobody/text', 'founders/other', 'founders'])(
		'stepIsland(%s) fails, naming the parts and the steps',
		(name) => {
			expect(() => stepIsland([step], name, '.')).toThrow(
				`story-step: no island "${name}"; the islands are <step id>/text and <step id>/picture, and the steps are founders`
			);
		}
	);
});
