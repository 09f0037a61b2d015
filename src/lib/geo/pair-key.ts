/** The key of the border between two world-atlas ids, the same in either order (`"578-643"`). */
export function pairKey(a: string, b: string): string {
	return a < b ? `${a}-${b}` : `${b}-${a}`;
}
