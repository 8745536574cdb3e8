/**
 * The deck as an Anki import file, written at build time: File > Import in Anki reads the header
 * lines and makes one Basic note per prompt, tagged by bucket, theme and highest signal.
 */
import { ankiFile } from '../../lib/deck/anki.ts';
import { getCards } from '../../data/cards.ts';

export async function GET() {
	return new Response(ankiFile(await getCards()), {
		headers: { 'content-type': 'text/tab-separated-values; charset=utf-8' },
	});
}
