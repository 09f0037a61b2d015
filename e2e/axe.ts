/** axe-core in the page under test: the serious and critical violations of its default rules. */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
	rule: string;
	impact: string;
	/** The offending elements, as CSS selectors, and what axe says of the first. */
	targets: string[];
	summary: string;
}

/** Runs axe on the page as it is now; returns its serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
	// Evaluated, not added as a script tag, so a page's Content-Security-Policy cannot block it.
	await page.evaluate(source);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		const results = await axe.run(document, { resultTypes: ['violations'] });
		return results.violations.map((v) => ({
			rule: v.id,
			impact: v.impact ?? '',
			targets: v.nodes.map((n) => n.target.join(' ')),
			summary: v.nodes[0]?.failureSummary ?? v.help
		}));
	});
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
