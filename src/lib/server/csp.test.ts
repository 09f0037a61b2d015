import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	formatPolicy,
	mergePolicies,
	pagePolicy,
	parsePolicy,
	sourceHash,
	withInlineHashes
} from './csp';

const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('csp', () => {
	it('sourceHash(text) is the sha256 a browser computes for an inline element', () => {
		// The example in CSP Level 3, § 8.3: alert('Hello, world.');
		expect(sourceHash("alert('Hello, world.');")).toBe(
			"'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
		);
	});

	it('parsePolicy and formatPolicy read and write a header value', () => {
		const text = "default-src 'self'; img-src 'self' data:; object-src 'none'";
		expect(formatPolicy(parsePolicy(`${text};`))).toBe(text);
	});

	it('withInlineHashes(html) adds the hash of each inline style and script, noscript ones too', () => {
		const island = '.mm-a{fill:red}';
		const fallback = '.graphic{display:none}';
		const html =
			`<head>${meta("default-src 'self'; script-src 'self'; style-src 'self' 'sha256-kit='")}</head>` +
			`<body><style data-island="m/style">${island}</style><noscript><style>${fallback}</style></noscript>` +
			`<script src="/a.js"></script><script>go()</script></body>`;
		const policy = pagePolicy(withInlineHashes(html))!;
		expect(policy.get('style-src')).toEqual([
			"'self'",
			"'sha256-kit='",
			hashOf(island),
			hashOf(fallback)
		]);
		expect(policy.get('script-src')).toEqual(["'self'", hashOf('go()')]);
	});

	it('withInlineHashes(html) leaves a page without a policy as it is', () => {
		expect(withInlineHashes('<style>a{}</style>')).toBe('<style>a{}</style>');
	});

	it('mergePolicies(policies) allows what each page allows, directive by directive', () => {
		const merged = mergePolicies([
			parsePolicy("default-src 'self'; style-src 'self' 'sha256-a='"),
			parsePolicy("default-src 'self'; style-src 'self' 'sha256-b='; img-src data:")
		]);
		expect(formatPolicy(merged)).toBe(
			"default-src 'self'; style-src 'self' 'sha256-a=' 'sha256-b='; img-src data:"
		);
	});
});
