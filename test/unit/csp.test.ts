import { describe, expect, it } from 'vitest';
import {
	completePagePolicy,
	hashSource,
	inlineHashes,
	parsePolicy,
	renderHeaders,
	serializePolicy,
	unionPolicies,
} from '../../src/lib/csp.ts';

const page = (head: string, body = '') =>
	`<html><head><meta http-equiv="content-security-policy" content="script-src 'self'; style-src 'self'">${head}</head><body>${body}</body></html>`;

describe('parsePolicy and serializePolicy', () => {
	it.each([
		["default-src 'self'; img-src 'self' data:", "default-src 'self'; img-src 'self' data:"],
		["  script-src 'self'  ;; upgrade-insecure-requests ;", "script-src 'self'; upgrade-insecure-requests"],
		["script-src 'self'; script-src 'none'", "script-src 'self'"],
	])('round-trips %s', (text, expected) => {
		expect(serializePolicy(parsePolicy(text))).toBe(expected);
	});
});

describe('inlineHashes', () => {
	it('hashes executable inline scripts, not external or data scripts', () => {
		const html = page(
			'<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/json">{"c":1}</script>',
		);
		expect(inlineHashes(html).scripts).toEqual([hashSource('a()'), hashSource('b()')]);
	});

	it('hashes style elements and decoded style attributes once each', () => {
		const html = page('<style>p{color:red}</style>', '<p style="--x: &quot;1&quot;">a</p><p style="--x: &quot;1&quot;">b</p>');
		expect(inlineHashes(html)).toEqual({
			scripts: [],
			styles: [hashSource('p{color:red}')],
			styleAttributes: [hashSource('--x: "1"')],
		});
	});

	it('ignores style attributes written inside script text', () => {
		expect(inlineHashes(page('<script>el.innerHTML = \'<b style="x">\'</script>')).styleAttributes).toEqual([]);
	});
});

describe('completePagePolicy', () => {
	it('adds the page’s own hashes to its meta policy', () => {
		const { html, policy } = completePagePolicy(page('<script>a()</script>', '<p style="color:red">x</p>'));
		expect(policy?.get('script-src')).toEqual(["'self'", hashSource('a()')]);
		expect(policy?.get('style-src-attr')).toEqual(["'unsafe-hashes'", hashSource('color:red')]);
		expect(html).toContain(`script-src 'self' ${hashSource('a()')}`);
	});

	it('leaves a page without a meta policy alone', () => {
		expect(completePagePolicy('<p style="x">a</p>')).toEqual({ html: '<p style="x">a</p>' });
	});
});

describe('renderHeaders', () => {
	it('fills the placeholder with the union of the policies and frame-ancestors', () => {
		const union = unionPolicies([
			parsePolicy("script-src 'self' 'sha256-a'"),
			parsePolicy("script-src 'self' 'sha256-b'; img-src data:"),
		]);
		expect(renderHeaders('/*\n  Content-Security-Policy: __CSP__\n', union)).toBe(
			"/*\n  Content-Security-Policy: script-src 'self' 'sha256-a' 'sha256-b'; img-src data:; frame-ancestors 'none'\n",
		);
	});
});
