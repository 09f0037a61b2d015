/** Sidecar JSON of an exported PNG: what the export writes beside each image. */
import type { ExportJob } from './export-plan';
import type { Rendered } from './export-run';

/** What the JSON beside each PNG says. */
export interface Sidecar {
	file: string;
	chart: string;
	title: string;
	subtitle: string;
	/** The state's generated description, for the image's alt text. */
	alt: string;
	source: string;
	credit: string;
	/** The data release the chart is drawn from. */
	release: string;
	/** The state's id (`share`, `2004-03-29`). */
	step: string;
	/** First day of a dated state, YYYY-MM-DD. */
	date?: string;
	theme: string;
	transparent: boolean;
	plain: boolean;
	/** CSS pixels and scale; `pixels` is the PNG's size. */
	size: { width: number; height: number; scale: number; pixels: { width: number; height: number } };
}

/** The sidecar of a drawn job. */
export function sidecar(job: ExportJob, rendered: Rendered, file: string): Sidecar {
	const { meta, width, height, scale } = rendered;
	return {
		file,
		chart: job.chart,
		title: meta.title,
		subtitle: meta.subtitle,
		alt: meta.alt,
		source: meta.source,
		credit: meta.credit,
		release: meta.release,
		step: job.state,
		...(job.from ? { date: job.from } : {}),
		theme: job.theme,
		transparent: job.transparent,
		plain: job.plain,
		size: {
			width,
			height,
			scale,
			pixels: { width: Math.round(width * scale), height: Math.round(height * scale) }
		}
	};
}
