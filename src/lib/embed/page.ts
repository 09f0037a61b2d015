/** What an embed page's layout needs to know of the chart it shows (the page's data). */
export interface EmbedPage {
	chart: string;
	title: string;
	/** The state the prerendered page shows. */
	state: string;
	/** That state's description: the alt text of the picture shown without JavaScript. */
	description: string;
}
