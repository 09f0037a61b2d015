/**
 * A chart state's data table as a static island: the server puts its rows into the empty
 * `<table data-table>` of each panel (see server/islands.ts), so they are in the HTML once and
 * neither in the page's data nor walked when the page hydrates.
 */
import { escapeHtml } from '$lib/embed/links';
import type { ChartModel, PageState, TableModel } from './model';

/** The part of an island's name that marks a state's table: `<chart>/table/<state>`. */
export const TABLE_ISLAND = 'table/';

/** The island key of the table of `chart`'s state `key`. */
export const tableIsland = (chart: string, key: string) => `${chart}/${TABLE_ISLAND}${key}`;

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

/** A model as a page's data carries it (see PageState). */
export type PageModel<M extends ChartModel> = Omit<M, 'states'> & {
	states: PageState<M['states'][number]>[];
};

/** The model without its states' tables, for a page's data. */
export function withoutTables<M extends ChartModel>(model: M): PageModel<M> {
	const states: M['states'][number][] = model.states;
	return { ...model, states: states.map(({ table, ...state }) => state) };
}
