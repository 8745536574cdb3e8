/**
 * The sentence an island shows when the stored practice data could not be read or cannot be
 * stored at all. Each island words it for what it does; the choice between them is made here once.
 */
import type { LoadResult } from '../../../lib/storage.ts';
import { fillTemplate as fill } from '../../../lib/text.ts';

/** An island's sentences: `{reason}` and `{key}` are filled in. */
export interface StoredDataText {
	/** Nothing of the stored value could be read. */
	keptAside: string;
	/** Part of it could not be read: the rest is in use, and the original is kept aside. */
	partlyKeptAside: string;
	unavailable: string;
}

/** What to tell the reader about a load, or '' when it loaded normally. */
export function storedDataMessage(loaded: LoadResult<unknown>, text: StoredDataText): string {
	if (loaded.status === 'kept-aside') {
		return fill(loaded.dropped?.length ? text.partlyKeptAside : text.keptAside, { reason: loaded.reason, key: loaded.backupKey });
	}
	if (loaded.status === 'unavailable') return fill(text.unavailable, { reason: loaded.reason });
	return '';
}
