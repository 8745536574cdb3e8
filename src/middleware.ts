/**
 * Completes each page's Content-Security-Policy as it is built. Astro's `security.csp` writes a
 * meta policy with the hashes of the code it bundles, but not of `is:inline` scripts, styles of
 * components inside MDX, or `style=""` attributes (see src/lib/csp.ts). This adds them to the
 * page's own meta tag before the page is written, so no pass reads and rewrites every page after
 * the build; src/integrations/security-headers.ts then gathers the policies into `_headers`.
 */
import { defineMiddleware } from 'astro:middleware';
import { completePagePolicy } from './lib/csp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	// Astro sends no policy while developing, and only HTML pages carry one.
	if (!import.meta.env.PROD || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const { html } = completePagePolicy(await response.text());
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
