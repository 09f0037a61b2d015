/** Quotes a CSV value when it holds a comma, a double quote or a line break (RFC 4180). */
export function csvValue(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** CSV text: the header row, then one line per row, `\n` line ends, a final newline. */
export function formatCsv(
	columns: readonly string[],
	rows: readonly (readonly string[])[]
): string {
	return [columns, ...rows].map((row) => row.map(csvValue).join(',')).join('\n') + '\n';
}
