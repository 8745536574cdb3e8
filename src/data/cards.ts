/**
 * The flashcard deck as pages need it: a card per prompt, in the question bank's order, built
 * from the collections by `toCard` so that nothing on a card is typed twice. Build-time only.
 */
import { toCard, type Card, type DeckLookups } from '../lib/deck/card.ts';
import { getGuide, type Guide } from './guide.ts';

/** The ids of parsed references (`reference()`'s type admits undefined; the content check rules it out). */
const ids = (refs: readonly ({ id: string } | undefined)[]) => refs.flatMap((ref) => (ref ? [ref.id] : []));

const table = <T extends { id: string; data: object }, V>(entries: T[], pick: (data: T['data']) => V) =>
	Object.fromEntries(entries.map((e) => [e.id, pick(e.data)]));

function build(guide: Guide): Card[] {
	const lookups: DeckLookups = {
		beats: table(guide.beats, (d) => ({ title: d.title })),
		storyTypes: table(guide.storyTypes, (d) => ({ title: d.title })),
		pitfalls: table(guide.pitfalls, (d) => ({ title: d.title })),
		rubric: table(guide.rubric, (d) => ({ title: d.title, levels: d.levels })),
	};
	return guide.prompts.map((prompt, i) =>
		toCard(
			{
				id: prompt.id,
				...prompt.data,
				storyTypes: ids(prompt.data.storyTypes),
				pitfalls: ids(prompt.data.pitfalls),
				rubric: ids(prompt.data.rubric),
			},
			lookups,
			i + 1,
		),
	);
}

let cached: Promise<Card[]> | undefined;
/** Every card of the deck, built once per build. */
export const getCards = () => (cached ??= getGuide().then(build));

/** The card of one prompt. */
export async function cardFor(promptId: string): Promise<Card> {
	const card = (await getCards()).find((c) => c.id === promptId);
	if (!card) throw new Error(`No flashcard for prompt "${promptId}"`);
	return card;
}
