// The host loader: sizes our iframes on a CMS page. (Filled in by the embeds work.)
export {};
