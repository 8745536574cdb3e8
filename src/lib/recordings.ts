/**
 * Recorded answers of the mock loop: what is kept about each, how much space they take, and
 * how they travel in an export file (base64, only when the candidate asks). The audio itself is
 * kept in IndexedDB by src/components/practice/shared/recordings-storage.ts, because localStorage holds
 * only strings and a few megabytes.
 *
 * Stored shape (IndexedDB database `prep-recordings`, store `recordings`, key `id`):
 *   { id: `<sessionId>:<promptId>`, sessionId, promptId, mime, size: bytes, createdAt: ISO date,
 *     blob: Blob }
 * Recordings are never uploaded; deleting one removes it from this browser only.
 */

/** What is kept about a recording besides its audio. */
export interface RecordingMeta {
	id: string;
	sessionId: string;
	promptId: string;
	/** The recorder's MIME type, e.g. `audio/webm;codecs=opus`. */
	mime: string;
	/** Size of the audio in bytes. */
	size: number;
	createdAt: string;
}

/** A recording as it appears in an export file: its audio in base64. */
export interface ExportedRecording extends RecordingMeta {
	data: string;
}

/** The id of the recording of one prompt of one mock session. */
export const recordingId = (sessionId: string, promptId: string) => `${sessionId}:${promptId}`;

/** How many recordings each mock session kept, by session id: the Progress page's loops table. */
export function countBySession(recordings: readonly Pick<RecordingMeta, 'sessionId'>[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const { sessionId } of recordings) counts.set(sessionId, (counts.get(sessionId) ?? 0) + 1);
	return counts;
}

/** The bytes all recordings take. */
export const totalSize = (recordings: readonly Pick<RecordingMeta, 'size'>[]) => recordings.reduce((sum, r) => sum + r.size, 0);

/** A size for people: "0 B", "830 B", "12 KB", "1.4 MB". */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Base64 of some bytes, in chunks so that long recordings do not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** The bytes of a base64 string; throws on text that is not base64. */
export function base64ToBytes(text: string): Uint8Array {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';

/** True when `x` is one exported recording in every detail (its base64 is checked on decoding). */
export const isExportedRecording = (x: unknown): x is ExportedRecording =>
	isObject(x) &&
	isString(x['id']) &&
	isString(x['sessionId']) &&
	isString(x['promptId']) &&
	isString(x['mime']) &&
	/^audio\//.test(x['mime']) &&
	Number.isInteger(x['size']) &&
	(x['size'] as number) >= 0 &&
	isString(x['createdAt']) &&
	!Number.isNaN(Date.parse(x['createdAt'])) &&
	isString(x['data']);

/**
 * The recordings of an export file's `recordings` field: the readable ones, and how many were
 * skipped because they do not fit (so the page can say so rather than drop them silently).
 */
export function readExportedRecordings(value: unknown): {
	recordings: (RecordingMeta & { bytes: Uint8Array })[];
	skipped: number;
} {
	if (value === undefined) return { recordings: [], skipped: 0 };
	if (!Array.isArray(value)) return { recordings: [], skipped: 1 };
	const recordings: (RecordingMeta & { bytes: Uint8Array })[] = [];
	let skipped = 0;
	for (const entry of value) {
		if (!isExportedRecording(entry)) {
			skipped++;
			continue;
		}
		try {
			const { data, ...meta } = entry;
			const bytes = base64ToBytes(data);
			recordings.push({ ...meta, size: bytes.length, bytes });
		} catch {
			skipped++;
		}
	}
	return { recordings, skipped };
}
