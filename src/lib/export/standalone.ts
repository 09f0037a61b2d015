// The exporter as a standalone script (`/js/export-png.js`, global `natoChartsExport`), loaded on
// demand by the "Download PNG" control and by the command line, so both draw with the same code.
export { exportPng, exportSvg, rasterise } from './png';
export { exportMeta, pngName } from './meta';
export { showState, stateKeys } from '$lib/charts/show-state';
