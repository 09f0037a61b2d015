import { describe, expect, it } from 'vitest';
import { compactSvg } from './svg';

describe('compactSvg(svg)', () => {
	const plot =
		'<svg viewBox="0 0 320 240" height="240" width="320" class="p"><style>:where(.p){}</style>' +
		'<path d="M40,146.66666666666669L144,20" /><text y="0.71em" transform="translate(-9.26,0)">a</text></svg>';
	it('drops the <style>, width and height, keeps the viewBox', () => {
		const out = compactSvg(plot);
		expect(out).not.toContain('<style>');
		expect(out).toMatch(/^<svg viewBox="0 0 320 240" class="p">/);
	});
	it('drops the aria-labels Plot gives its groups, which ARIA allows only with a role', () => {
		const out = compactSvg(
			'<svg viewBox="0 0 1 1"><g aria-label="rule" stroke="red"><line/></g><g aria-description="x" aria-hidden="true"></g></svg>'
		);
		expect(out).toBe(
			'<svg viewBox="0 0 1 1"><g stroke="red"><line/></g><g aria-hidden="true"></g></svg>'
		);
	});
	it('rounds coordinates to one decimal but leaves em offsets alone', () => {
		const out = compactSvg(plot);
		expect(out).toContain('M40,146.7L144,20');
		expect(out).toContain('translate(-9.3,0)');
		expect(out).toContain('y="0.71em"');
	});
});
