// Embeds ship no framework runtime: the chart is prerendered and a small script switches states.
export const csr = false;
