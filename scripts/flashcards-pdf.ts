/**
 * `npm run flashcards:pdf`: writes the whole flashcard deck to PDF, on A4 and US Letter, with
 * 3 × 5 in and A6 cards, into dist-pdf/ (a file to send to a print shop). Builds the site first
 * when dist/ has no deck page.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageCount, sheetLayout } from '../src/lib/deck/layout.ts';
import { printDecks } from './lib/deck-pdf.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');

if (!existsSync(join(dist, 'flashcards/index.html'))) {
	console.log('No deck page in dist/: building the site first.');
	const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

const decks = await printDecks({ dist, outDir: join(root, 'dist-pdf'), base: process.env['BASE_PATH'] || '/' });
for (const deck of decks) {
	const layout = sheetLayout(deck.paper, deck.cardSize);
	console.log(
		`${relative(root, deck.path)}: ${deck.cards} cards, ${layout.perSheet} to a sheet, ${pageCount(deck.cards, layout)} pages (print two-sided, flip on the long edge, at 100%)`,
	);
}
