/** Which kind of bytes a response or a built file is, for the per-type byte budgets. */

export const BYTE_TYPES = ['html', 'js', 'css', 'font', 'data', 'image', 'other'] as const;
export type ByteType = (typeof BYTE_TYPES)[number];

/** What is known about a response: its URL, and if the browser said so, MIME type and kind. */
export interface Resource {
	url: string;
	/** The Content-Type, parameters allowed (`text/html; charset=utf-8`). */
	mimeType?: string;
	/** Playwright's `request.resourceType()`: document, script, stylesheet, font, image, fetch… */
	resourceType?: string;
}

const BY_EXTENSION: Record<string, ByteType> = {
	html: 'html',
	htm: 'html',
	js: 'js',
	mjs: 'js',
	css: 'css',
	woff2: 'font',
	woff: 'font',
	ttf: 'font',
	otf: 'font',
	eot: 'font',
	json: 'data',
	csv: 'data',
	tsv: 'data',
	topojson: 'data',
	geojson: 'data',
	png: 'image',
	jpg: 'image',
	jpeg: 'image',
	gif: 'image',
	webp: 'image',
	avif: 'image',
	svg: 'image',
	ico: 'image'
};

const BY_MIME: [RegExp, ByteType][] = [
	[/^text\/html\b/, 'html'],
	[/javascript|ecmascript/, 'js'],
	[/^text\/css\b/, 'css'],
	[/^font\/|font-woff|opentype|truetype/, 'font'],
	[/json|^text\/csv\b|^text\/tab-separated-values\b/, 'data'],
	[/^image\//, 'image']
];

const BY_KIND: Record<string, ByteType> = {
	document: 'html',
	script: 'js',
	stylesheet: 'css',
	font: 'font',
	image: 'image',
	fetch: 'data',
	xhr: 'data'
};

/**
 * The type of a resource: by its file extension first (`/x.woff2` is a font whatever the
 * server says), then its MIME type, then the browser's resource kind; a path ending in `/` is a
 * page (html). Anything else is `other`.
 */
export function classify(resource: Resource): ByteType {
	const path = pathOf(resource.url);
	if (path.endsWith('/')) return 'html';
	const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
	if (ext && Object.hasOwn(BY_EXTENSION, ext)) return BY_EXTENSION[ext]!;
	const mime = resource.mimeType?.toLowerCase().trim() ?? '';
	for (const [pattern, type] of BY_MIME) if (pattern.test(mime)) return type;
	const kind = resource.resourceType ?? '';
	return Object.hasOwn(BY_KIND, kind) ? BY_KIND[kind]! : 'other';
}

/** The path of an absolute or root-relative URL, or of a file path, without query or hash. */
function pathOf(url: string): string {
	try {
		return new URL(url, 'http://x').pathname;
	} catch {
		return url.split(/[?#]/)[0] ?? url;
	}
}

/** Bytes per type, and their `total`; every type is present (0 when none). */
export type BytesByType = Record<ByteType | 'total', number>;

/** Sums `bytes` per type over a list of resources. */
export function bytesByType(items: readonly { type: ByteType; bytes: number }[]): BytesByType {
	const sums = Object.fromEntries([...BYTE_TYPES, 'total'].map((t) => [t, 0])) as BytesByType;
	for (const item of items) {
		sums[item.type] += item.bytes;
		sums.total += item.bytes;
	}
	return sums;
}
