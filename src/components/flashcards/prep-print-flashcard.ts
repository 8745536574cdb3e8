/**
 * The `prep-print-flashcard` element of PrintFlashcard.astro: it enables the print button and fits
 * the card's faces to their 3 × 5 in halves; `data-fitted="true"` marks the fitted card, which the
 * print tests wait for.
 */
import { fitFaces } from './fit-faces.ts';

export class PrepPrintFlashcard extends HTMLElement {
	connectedCallback() {
		const button = this.querySelector('button')!;
		button.addEventListener('click', () => window.print());
		button.disabled = false;
		fitFaces(this.querySelectorAll<HTMLElement>('.prep-face'));
		this.dataset['fitted'] = 'true';
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-print-flashcard': PrepPrintFlashcard;
	}
}

customElements.define('prep-print-flashcard', PrepPrintFlashcard);
