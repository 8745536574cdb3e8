/** Runs ESLint over the tree with this folder's configuration and TypeScript 6 (see typescript-6.js). */
import './typescript-6.js';
import { ESLint } from 'eslint';

const cwd = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({
	cwd,
	overrideConfigFile: new URL('eslint.config.js', import.meta.url).pathname,
	fix: process.argv.includes('--fix'),
});
const results = await eslint.lintFiles(['.']);
if (process.argv.includes('--fix')) await ESLint.outputFixes(results);
const formatter = await eslint.loadFormatter('stylish');
const output = await formatter.format(results);
if (output) console.log(output);
process.exitCode = results.some((r) => r.errorCount > 0) ? 1 : 0;
