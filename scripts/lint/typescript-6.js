/**
 * Makes every `import 'typescript'` and `require('typescript')` in this process load TypeScript 6
 * (installed in this folder) instead of the project's TypeScript 7. The Astro language server and
 * typescript-eslint need the compiler API that TypeScript 7 no longer ships; several of their own
 * dependencies are installed at the top of node_modules, beside TypeScript 7, so installing
 * TypeScript 6 next to them is not enough. Import this module first.
 */
import { createRequire, registerHooks } from 'node:module';

const typescript6 = createRequire(import.meta.url).resolve('typescript');
const typescript6Dir = typescript6.slice(
	0,
	typescript6.lastIndexOf('/node_modules/typescript/') + '/node_modules/typescript'.length,
);

registerHooks({
	resolve(specifier, context, nextResolve) {
		if (specifier === 'typescript') return nextResolve(typescript6, context);
		if (specifier.startsWith('typescript/'))
			return nextResolve(`${typescript6Dir}${specifier.slice('typescript'.length)}`, context);
		return nextResolve(specifier, context);
	},
});
