/**
 * Trims Plot's SVG output for inlining in the HTML: the per-SVG <style> goes (the component
 * styles every SVG once), coordinates are rounded to `digits` decimals, and Plot's fixed
 * width/height go so that CSS sizes the SVG from its viewBox. Plot's aria-labels on its groups
 * ("line", "rule") go too: ARIA allows no label on a group without a role, and the chart's
 * `role="img"` around the SVG names and describes it.
 */
export function compactSvg(svg: string, digits = 1): string {
	const factor = 10 ** digits;
	return svg
		.replace(/<style>[\s\S]*?<\/style>/g, '')
		.replace(/ aria-(label|description)="[^"]*"/g, '')
		.replace(/^<svg([^>]*?) height="[\d.]+"/, '<svg$1')
		.replace(/^<svg([^>]*?) width="[\d.]+"/, '<svg$1')
		.replace(/-?\d+\.\d{2,}(?!\d|em)/g, (n) => String(Math.round(Number(n) * factor) / factor));
}
