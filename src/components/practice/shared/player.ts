/**
 * A recording's player: the browser's audio controls and speed buttons, normal and the 1.25x the
 * routine reviews at. Each button is named for its recording, since a list of players otherwise
 * offers many identical "1.25x" buttons. Used by the mock loop and by a prompt page's recorder.
 */
import { fillTemplate as fill } from '../../../lib/text.ts';
import { el } from './dom.ts';

/** The playback rates offered. */
const RATES = [1, 1.25];

export interface PlayerText {
	/** A speed button's face, e.g. "{rate}x". */
	speed: string;
	/** Its name, with `{rate}` and `{recording}`. */
	speedName: string;
	/** Said instead of a player when the stored audio cannot be read. */
	unreadable: string;
}

/** A player for `blob` named `label`, or a line saying its audio cannot be read (it stays deletable). */
export function player(blob: unknown, label: string, text: PlayerText): HTMLElement {
	if (!(blob instanceof Blob) || blob.size === 0) return el('span', text.unreadable, { class: 'player' });
	const wrap = el('div', undefined, { class: 'player' });
	const audio = el('audio', undefined, { controls: '', preload: 'metadata', 'aria-label': label });
	audio.src = URL.createObjectURL(blob);
	wrap.append(audio);
	for (const rate of RATES) {
		const button = el('button', fill(text.speed, { rate }), {
			type: 'button',
			'aria-label': fill(text.speedName, { rate, recording: label }),
			'aria-pressed': String(rate === 1),
			'data-rate': String(rate),
		});
		button.addEventListener('click', () => {
			audio.playbackRate = rate;
			for (const b of wrap.querySelectorAll('button[data-rate]')) b.setAttribute('aria-pressed', String(b === button));
			void audio.play().catch(() => undefined); // playback may be refused without a user gesture; the controls remain
		});
		wrap.append(button);
	}
	return wrap;
}
