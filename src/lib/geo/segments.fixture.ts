// Test helper: the segments of a path the map writes (`M12 40l3-2 1 5z`), tests only.

const numbers = (text: string) => (text.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
const point = (x: number, y: number) => `${Math.round(x * 100)},${Math.round(y * 100)}`;

/** Every segment of `d` between two absolute points, the same key in either direction. */
export function pathSegments(d: string): Set<string> {
	const out = new Set<string>();
	for (const sub of d.match(/M[^M]*/g) ?? []) {
		const [move = '', lines = ''] = sub.slice(1).split('l');
		let [x = 0, y = 0] = numbers(move);
		const points = [point(x, y)];
		const steps = numbers(lines);
		for (let i = 0; i + 1 < steps.length; i += 2) {
			x += steps[i]!;
			y += steps[i + 1]!;
			points.push(point(x, y));
		}
		if (lines.endsWith('z')) points.push(points[0]!);
		for (let i = 1; i < points.length; i++) {
			const [a, b] = [points[i - 1]!, points[i]!].sort();
			out.add(`${a} ${b}`);
		}
	}
	return out;
}
