/**
 * The Content-Security-Policy of the built pages. SvelteKit (`kit.csp`, directives in
 * csp-policy.js) writes each page's policy as a meta tag with the hashes of its own inline script
 * and styles; `withInlineHashes` adds those of the styles and scripts the islands and components
 * put into the page, and `mergePolicies` makes the one header that allows every page.
 */
import { createHash } from 'node:crypto';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** A policy as directives and their sources, in order. */
export type Policy = Map<string, string[]>;

/** `'sha256-…'` of an inline element's text, as browsers hash it. */
export function sourceHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Parses `default-src 'self'; img-src data:` into its directives. */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** Writes a policy out as a header or meta tag value. */
export function formatPolicy(policy: Policy): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy of a built page (its meta tag), or undefined if it has none. */
export function pagePolicy(html: string): Policy | undefined {
	const meta = META.exec(html);
	return meta
		? parsePolicy(meta[1]!.replaceAll('&amp;', '&').replaceAll('&quot;', '"'))
		: undefined;
}

function allow(policy: Policy, directive: string, sources: Iterable<string>): void {
	const list = policy.get(directive) ?? [];
	for (const source of sources) if (!list.includes(source)) list.push(source);
	policy.set(directive, list);
}

/**
 * A page with the hashes of every inline `<style>` and `<script>` in its policy meta tag (those
 * inside `<noscript>` too: the browser applies them when scripting is off). A page without the
 * meta tag is returned as it is.
 */
export function withInlineHashes(html: string): string {
	const policy = pagePolicy(html);
	if (!policy) return html;
	allow(
		policy,
		'style-src',
		[...html.matchAll(INLINE_STYLE)].map((m) => sourceHash(m[1]!))
	);
	allow(
		policy,
		'script-src',
		[...html.matchAll(INLINE_SCRIPT)].map((m) => sourceHash(m[1]!))
	);
	return html.replace(
		META,
		() => `<meta http-equiv="content-security-policy" content="${formatPolicy(policy)}">`
	);
}

/** One policy that allows what each of `policies` allows (their sources, directive by directive). */
export function mergePolicies(policies: Iterable<Policy>): Policy {
	const merged: Policy = new Map();
	for (const policy of policies) for (const [name, sources] of policy) allow(merged, name, sources);
	return merged;
}
