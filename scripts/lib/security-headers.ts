/**
 * Astro integration that finishes the Content-Security-Policy after the build. Astro's
 * `security.csp` writes a meta policy into every page with the hashes of the code it bundles;
 * this completes each page's policy with the hashes Astro leaves out (see `csp.ts`) and turns
 * the `__CSP__` placeholder of `public/_headers` into the union of every page's policy, so a
 * static host sends the same policy as a header (plus `frame-ancestors`, which only a header
 * can carry).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { completePagePolicy, renderHeaders, unionPolicies, type Policy } from './csp.ts';

/** Every `.html` file under `dir`. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Completes each built page's CSP and writes the static host's `_headers` file. */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'prep-security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const policies: Policy[] = [];
				const bare: string[] = [];
				for (const file of htmlFiles(out)) {
					const { html, policy } = completePagePolicy(readFileSync(file, 'utf8'));
					if (!policy) {
						bare.push(file.slice(out.length));
						continue;
					}
					policies.push(policy);
					writeFileSync(file, html);
				}
				if (bare.length > 0) throw new Error(`No Content-Security-Policy meta tag in: ${bare.join(', ')}. Is security.csp on in astro.config.mjs?`);
				const headersFile = join(out, '_headers');
				const template = readFileSync(headersFile, 'utf8');
				if (!template.includes('__CSP__')) throw new Error('public/_headers has no __CSP__ placeholder for the Content-Security-Policy.');
				writeFileSync(headersFile, renderHeaders(template, unionPolicies(policies)));
				logger.info(`Completed the CSP of ${policies.length} pages and wrote _headers.`);
			},
		},
	};
}
