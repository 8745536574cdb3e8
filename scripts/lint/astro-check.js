/**
 * Type-checks every `.astro` file (frontmatter and scripts) with `@astrojs/check`, the way
 * `astro check` would. It runs from this folder so that the checker loads TypeScript 6, whose
 * compiler API the Astro language server needs; TypeScript 7 does not ship that API yet.
 * Exits non-zero on any error.
 */
import './typescript-6.js';
import { check, parseArgsAsCheckConfig } from '@astrojs/check';

const flags = parseArgsAsCheckConfig(process.argv);
const failed = await check({
	...flags,
	root: flags.root ?? new URL('../../', import.meta.url).pathname,
	minimumSeverity: 'warning',
});
process.exitCode = failed ? 1 : 0;
