/**
 * The `prep-print-flashcard` element of PrintFlashcard.astro: it enables the print button and fits
 * the card's faces to their 3 × 5 in halves as printing starts; `data-fitted="true"` marks the
 * fitted card, which the print tests wait for.
 */
import { fitFaces } from './fit-faces.ts';
import { defineIsland } from '../own-task.ts';

export class PrepPrintFlashcard extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		button.addEventListener('click', () => {
			this.#fit();
			window.print();
		});
		button.disabled = false;
		// The card is only ever seen on paper, and fitting it lays it out a dozen times, which on a
		// slow phone holds the page for a second: so it is fitted when printing starts (the print
		// button, the browser's own Print, or print media turning on), never while the page loads.
		window.addEventListener('beforeprint', () => this.#fit());
		window.matchMedia('print').addEventListener('change', (event) => event.matches && this.#fit());
	}

	#fit() {
		if (this.dataset['fitted'] === 'true') return;
		// On screen the card is not laid out at all; print media may not apply yet (beforeprint),
		// so it is shown unseen for as long as the faces are measured.
		this.dataset['measuring'] = '';
		fitFaces(this.querySelectorAll<HTMLElement>('.prep-face'));
		delete this.dataset['measuring'];
		this.dataset['fitted'] = 'true';
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-print-flashcard': PrepPrintFlashcard;
	}
}

defineIsland('prep-print-flashcard', PrepPrintFlashcard);
