/**
 * The browser side of recordings: IndexedDB storage of the audio (see src/lib/recordings.ts for
 * the stored shape), microphone capture with MediaRecorder, and the recordings part of an export
 * file. Nothing here sends audio anywhere; it stays in this browser until deleted.
 */
import { bytesToBase64, readExportedRecordings, type ExportedRecording, type RecordingMeta } from '../../../lib/recordings.ts';
import { emit } from './events.ts';

const DB = 'prep-recordings';
const STORE = 'recordings';

/** A stored recording: its metadata and its audio. */
export type StoredRecording = RecordingMeta & { blob: Blob };

let opened: Promise<IDBDatabase> | undefined;
function db(): Promise<IDBDatabase> {
	opened ??= new Promise((resolve, reject) => {
		const request = indexedDB.open(DB, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	opened.catch(() => (opened = undefined)); // let a later call try again
	return opened;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const store = (await db()).transaction(STORE, mode).objectStore(STORE);
	return new Promise((resolve, reject) => {
		const request = work(store);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

const changed = () => emit(document, 'prep:recordings-changed', null);

export { canRecord, recordingsSupported } from './can-record.ts';

/** Keeps a recording (replacing one with the same id). */
export async function saveRecording(recording: StoredRecording) {
	await run('readwrite', (s) => s.put(recording));
	changed();
}

/** Every recording, oldest first. */
export async function listRecordings(): Promise<StoredRecording[]> {
	const all = await run<StoredRecording[]>('readonly', (s) => s.getAll());
	return all.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** Deletes one recording. */
export async function deleteRecording(id: string) {
	await run('readwrite', (s) => s.delete(id));
	changed();
}

/** Deletes every recording. */
export async function clearRecordings() {
	await run('readwrite', (s) => s.clear());
	changed();
}

/**
 * Every recording with its audio in base64, for an export the candidate asked to include them
 * in; `unreadable` counts the ones whose audio could not be read, which the export leaves out.
 */
export async function exportRecordings(): Promise<{ recordings: ExportedRecording[]; unreadable: number }> {
	const read = await Promise.all(
		(await listRecordings()).map(async ({ blob, ...meta }) => {
			try {
				return { ...meta, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) };
			} catch {
				return undefined;
			}
		}),
	);
	const recordings = read.filter((r) => r !== undefined);
	return { recordings, unreadable: read.length - recordings.length };
}

/** Stores the recordings of an export file's `recordings` field; returns how many came in and were skipped. */
export async function importRecordings(value: unknown): Promise<{ added: number; skipped: number }> {
	const { recordings, skipped } = readExportedRecordings(value);
	for (const { bytes, ...meta } of recordings) {
		await run('readwrite', (s) => s.put({ ...meta, blob: new Blob([bytes as BlobPart], { type: meta.mime }) }));
	}
	if (recordings.length) changed();
	return { added: recordings.length, skipped };
}

/** A microphone recording in progress; `stop()` resolves with the audio. */
export interface Capture {
	stop(): Promise<Blob>;
	mime: string;
}

/** Starts recording from the microphone (the browser asks for permission the first time). */
export async function startCapture(): Promise<Capture> {
	const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
	const recorder = new MediaRecorder(stream);
	const chunks: Blob[] = [];
	recorder.addEventListener('dataavailable', (e) => {
		if (e.data.size > 0) chunks.push(e.data);
	});
	recorder.start();
	return {
		mime: recorder.mimeType || 'audio/webm',
		stop: () =>
			new Promise((resolve) => {
				recorder.addEventListener(
					'stop',
					() => {
						for (const track of stream.getTracks()) track.stop(); // turn the microphone light off
						resolve(new Blob(chunks, { type: recorder.mimeType || 'audio/webm' }));
					},
					{ once: true },
				);
				if (recorder.state === 'inactive') recorder.dispatchEvent(new Event('stop'));
				else recorder.stop();
			}),
	};
}
