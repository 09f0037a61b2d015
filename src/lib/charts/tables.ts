/** A data table's markup, for tables that the server puts into a page as static islands. */
import { escapeHtml } from '$lib/embed/links';
import type { TableModel } from './model';

/** The inside of a `<table>`: caption, column headers and rows, escaped. */
export function tableHtml(table: TableModel): string {
	const cells = (tag: string, texts: readonly string[], attrs = '') =>
		texts.map((t) => `<${tag}${attrs}>${escapeHtml(t)}</${tag}>`).join('');
	return (
		`<caption>${escapeHtml(table.caption)}</caption>` +
		`<thead><tr>${cells('th', table.columns, ' scope="col"')}</tr></thead>` +
		`<tbody>${table.rows.map((row) => `<tr>${cells('td', row)}</tr>`).join('')}</tbody>`
	);
}
