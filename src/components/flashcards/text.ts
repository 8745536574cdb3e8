/** The flashcard deck's UI text: one object, so that a misspelled key fails the type check. */
export const deckText = {
	/** Said once after "Show all backs" or "Show all fronts". */
	flipped: 'Showing the {side} of {count} {count:card|cards}.',
	sides: { open: 'backs', close: 'fronts' },
};

export type DeckText = typeof deckText;
