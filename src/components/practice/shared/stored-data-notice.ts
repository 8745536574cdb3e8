/**
 * The notice an island shows when the stored practice data could not be read or cannot be
 * stored at all. Each island words it for what it does; the choice between them is made here once.
 * The words speak to a reader: no storage key, and "the Progress page", where a kept copy can be
 * downloaded, is a link.
 */
import type { LoadResult } from '../../../lib/storage.ts';
import { fillTemplate as fill } from '../../../lib/text.ts';
import { el } from './dom.ts';

/** An island's sentences: `{reason}` and `{progress}` (a link to the Progress page) are filled in. */
export interface StoredDataText {
	/** Nothing of the stored value could be read. */
	keptAside: string;
	/** Part of it could not be read: the rest is in use, and the original is kept aside. */
	partlyKeptAside: string;
	unavailable: string;
}

/** Where `{progress}` goes in a message, until it is replaced by the link. */
const PROGRESS = '\u0000progress\u0000';

/** What to tell the reader about a load, or '' when it loaded normally; `progress` fills `{progress}`. */
export function storedDataMessage(loaded: LoadResult<unknown>, text: StoredDataText, progress = 'the Progress page'): string {
	if (loaded.status === 'kept-aside') {
		return fill(loaded.dropped?.length ? text.partlyKeptAside : text.keptAside, { reason: loaded.reason, progress });
	}
	if (loaded.status === 'unavailable') return fill(text.unavailable, { reason: loaded.reason, progress });
	return '';
}

/** Shows the notice for a load in `notice` (hidden when there is nothing to say), with the Progress page linked. */
export function showStoredDataNotice(notice: HTMLElement, loaded: LoadResult<unknown>, text: StoredDataText) {
	const message = storedDataMessage(loaded, text, PROGRESS);
	const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
	notice.replaceChildren(
		...message
			.split(PROGRESS)
			.flatMap((part, i) => (i === 0 ? [part] : [el('a', 'the Progress page', { href: `${base}practice/progress/` }), part])),
	);
	notice.hidden = message === '';
}
