/**
 * The `prep-practice-data` element of PracticeData.astro: export and import of all practice data
 * (src/lib/practice-store.ts), the recordings' size and deletion, downloads of kept-aside copies,
 * and deleting everything. Saving through practice-storage.ts and recordings-storage.ts fires the
 * change events the page's other islands redraw on.
 */
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import { EXPORT_META, shouldRemind } from '../../../lib/export-reminder.ts';
import { exportPracticeData, mergePracticeData, mergeSummary, parsePracticeExport } from '../../../lib/practice-exchange.ts';
import { formatBytes, totalSize } from '../../../lib/recordings.ts';
import { BACKUP_PREFIX, backupKeys } from '../../../lib/storage.ts';
import { fillTemplate as fill } from '../../../lib/text.ts';
import { activate, bound, el, fieldError, showNotice } from '../shared/dom.ts';
import {
	browserStorage,
	commitPractice,
	commitRecord,
	deleteAllPracticeData,
	openPractice,
	openRecord,
} from '../shared/practice-storage.ts';
import {
	clearRecordings,
	exportRecordings,
	importRecordings,
	listRecordings,
	recordingsSupported,
} from '../shared/recordings-storage.ts';
import type { PracticeDataText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

/** Saves text as a file the browser downloads. */
function download(text: string, file: string) {
	const link = el('a');
	link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	link.download = file;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export class PrepPracticeData extends HTMLElement {
	#text!: PracticeDataText;

	connectedCallback() {
		this.#text = readEmbeddedJson<{ text: PracticeDataText }>(this).text;
		activate(this, '[data-action]');
		this.#button('export').addEventListener('click', () => void this.#export());
		this.#button('delete-recordings').addEventListener('click', () => void this.#deleteRecordings());
		this.#button('delete-all').addEventListener('click', () => void this.#deleteAll());
		const importInput = this.querySelector<HTMLInputElement>('[data-action="import"]')!;
		importInput.addEventListener('change', () => void this.#import(importInput));
		document.addEventListener('prep:practice-changed', () => {
			this.#renderBackups();
			void this.#renderKeeping();
		});
		document.addEventListener('prep:recordings-changed', () => void this.#renderRecordings());
		this.#renderBackups();
		void this.#renderKeeping();
		void this.#renderRecordings();
	}

	#button(action: string) {
		return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
	}

	#status(message: string) {
		bound(this, 'data-status').textContent = message;
	}

	/** Whether the browser keeps the data, when it was last exported, and a reminder when work waits. */
	async #renderKeeping() {
		const t = this.#text;
		const persisted = await navigator.storage?.persisted?.().catch(() => false);
		const { lastExportedAt } = openRecord(EXPORT_META).data;
		const exported = lastExportedAt ? fill(t.lastExported, { date: new Date(lastExportedAt).toLocaleString() }) : t.neverExported;
		bound(this, 'persistence').textContent = `${persisted ? t.persistent : t.notPersistent} ${exported}`;
		// Where the browser keeps the data, an export is a copy, not a rescue: no reminder.
		showNotice(
			bound(this, 'export-reminder'),
			!persisted && shouldRemind(openPractice().data, lastExportedAt, new Date()) ? t.remind : '',
		);
	}

	async #renderRecordings() {
		if (!recordingsSupported()) return;
		const out = bound(this, 'recordings-size');
		try {
			const all = await listRecordings();
			out.textContent = all.length
				? fill(this.#text.recordingsSize, { size: formatBytes(totalSize(all)), count: all.length })
				: this.#text.noRecordings;
			this.#button('delete-recordings').hidden = all.length === 0;
		} catch {
			out.textContent = '';
		}
	}

	#renderBackups() {
		const storage = browserStorage();
		const keys = backupKeys(storage);
		bound(this, 'backups').hidden = keys.length === 0;
		bound(this, 'backup-list').replaceChildren(
			...keys.map((key) => {
				// A key is named by when it was kept aside ("prep:backup:<ISO time>"), which is what a reader tells copies apart by.
				const when = new Date(key.slice(BACKUP_PREFIX.length));
				const name = Number.isNaN(when.getTime())
					? this.#text.downloadBackup
					: fill(this.#text.downloadBackupFrom, { date: when.toLocaleString() });
				const button = el('button', name, { type: 'button' });
				button.addEventListener('click', () =>
					download(storage?.getItem(key) ?? '', `${key.replace(/[^a-z0-9-]+/gi, '-')}.json`),
				);
				const li = el('li');
				li.append(button);
				return li;
			}),
		);
	}

	async #deleteRecordings() {
		if (!window.confirm(this.#text.confirmDeleteRecordings)) return;
		await clearRecordings();
		this.#status(this.#text.recordingsDeleted);
	}

	async #deleteAll() {
		if (!window.confirm(this.#text.confirmDeleteAll)) return;
		if (!deleteAllPracticeData()) {
			this.#status(this.#text.deleteAllFailed);
			return;
		}
		this.#status(this.#text.deletedAll);
		if (!recordingsSupported()) return;
		try {
			await clearRecordings();
		} catch {
			this.#status(this.#text.deletedAll + this.#text.recordingsNotDeleted);
		}
	}

	async #export() {
		const now = new Date();
		const file = `practice-${now.toISOString().slice(0, 10)}.json`;
		const include = this.querySelector<HTMLInputElement>('input[name="include-recordings"]')!.checked;
		const t = this.#text;
		let recordings: Awaited<ReturnType<typeof exportRecordings>> | undefined;
		let message = '';
		if (include && recordingsSupported()) {
			try {
				recordings = await exportRecordings();
				if (recordings.unreadable) message = fill(t.recordingsLeftOut, { count: recordings.unreadable });
			} catch {
				message = t.recordingsNotExported;
			}
		}
		download(exportPracticeData(openPractice().data, now, include ? (recordings?.recordings ?? []) : undefined), file);
		commitRecord(EXPORT_META, { version: 1, lastExportedAt: now.toISOString() });
		this.#status(fill(t.exported, { file }) + message);
		void this.#renderKeeping();
	}

	async #import(input: HTMLInputElement) {
		const file = input.files?.[0];
		if (!file) return;
		const result = parsePracticeExport(await file.text());
		if (!result.ok) {
			// The error sits on the field, which keeps the chosen file so the reader sees which one it was.
			this.#status('');
			fieldError(input, result.error);
			return;
		}
		fieldError(input, '');
		input.value = ''; // so that the same file can be chosen again
		const t = this.#text;
		const current = openPractice().data;
		const merged = mergePracticeData(current, result.data);
		if (!commitPractice(merged)) {
			this.#status(t.saveFailed);
			return;
		}
		const added = mergeSummary(current, merged);
		let message = fill(t.imported, { added: added.attempts });
		// Said only when something besides attempts came in, so the usual sentence stays short.
		if (added.stories + added.mocks > 0) message += fill(t.importedMore, added);
		// What the file held that could not be read is named, entry and field; the rest came in.
		if (result.skipped.length) message += fill(t.importSkipped, { list: result.skipped.join('; ') });
		if (result.recordings !== undefined) {
			try {
				const restored = await importRecordings(result.recordings);
				message += fill(t.recordingsImported, restored);
				if (restored.skipped) message += fill(t.recordingsSkipped, restored);
			} catch {
				message += t.recordingsFailed;
			}
		}
		this.#status(message);
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-practice-data': PrepPracticeData;
	}
}

defineIsland('prep-practice-data', PrepPracticeData);
