/**
 * ESLint for the whole tree: the recommended JavaScript rules, typescript-eslint's recommended
 * rules for `.ts`, and eslint-plugin-astro's for `.astro` files (frontmatter and scripts). It lives
 * in this folder because typescript-eslint needs TypeScript 6 (see typescript-6.js); run it with
 * `npm run lint`.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{ basePath: '../..' },
	{
		ignores: [
			'**/dist/**',
			'**/dist-*/**',
			'**/node_modules/**',
			'**/.astro/**',
			'.content-*/**',
			'bench/tmp/**',
			'test/fixtures/**',
			'scripts/lint/node_modules/**',
		],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs.recommended,
	{
		// astro-eslint-parser is installed above this folder and cannot find the TypeScript parser itself.
		files: ['**/*.astro'],
		languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] } },
	},
	{
		rules: {
			// `_`-prefixed names are kept on purpose (a destructured field left out of a copy).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
		},
	},
	{
		// Scripts, tests and configuration run in Node; the islands run in the browser.
		files: ['scripts/**', 'test/**', 'bench/**', '*.{js,mjs,ts}'],
		languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
	},
);
