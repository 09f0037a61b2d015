import { describe, expect, it } from 'vitest';
import type { ExportJob } from './export-plan';
import { sidecar } from './export-write';

const job: ExportJob = {
	chart: 'membership-map',
	state: '2004-03-29',
	from: '2004-03-29',
	theme: 'dark',
	width: 540,
	height: 540,
	scale: 2,
	transparent: false,
	plain: false,
	name: 'membership-map_2004-03-29_dark_square@2x'
};
const meta = {
	chart: 'membership-map',
	state: '2004-03-29',
	from: '2004-03-29',
	title: 'NATO grows east',
	subtitle: 'Members on the date shown',
	alt: 'On 29 March 2004 seven countries joined: 26 members.',
	source: 'Source: NATO',
	credit: 'Graphic: us',
	release: 'nato-members.csv of 2024'
};

describe('sidecar', () => {
	it('sidecar(job, rendered, file) holds title, alt text, source, release, step, date, theme and size', () => {
		expect(
			sidecar(job, { png: Buffer.alloc(0), meta, width: 540, height: 540, scale: 2 }, 'x.png')
		).toEqual({
			file: 'x.png',
			chart: 'membership-map',
			title: 'NATO grows east',
			subtitle: 'Members on the date shown',
			alt: 'On 29 March 2004 seven countries joined: 26 members.',
			source: 'Source: NATO',
			credit: 'Graphic: us',
			release: 'nato-members.csv of 2024',
			step: '2004-03-29',
			date: '2004-03-29',
			theme: 'dark',
			transparent: false,
			plain: false,
			size: { width: 540, height: 540, scale: 2, pixels: { width: 1080, height: 1080 } }
		});
	});

	it('sidecar leaves out the date of an undated state', () => {
		const s = sidecar(
			{ ...job, state: 'share', from: undefined },
			{ png: Buffer.alloc(0), meta, width: 800, height: 611, scale: 1.5 },
			'y.png'
		);
		expect(s).not.toHaveProperty('date');
		expect(s.size.pixels).toEqual({ width: 1200, height: 917 });
	});
});
