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
const isDate = (x: unknown): x is string => isString(x) && !Number.isNaN(Date.parse(x));

/** A recording that was left out of an import or an export, and why, in words. */
export interface LeftOutRecording {
	/** The recording, e.g. `the recording of "outage-you-owned" from 2026-11-20`, or `recording 3`. */
	entry: string;
	/** Why, e.g. `its audio could not be decoded`. */
	reason: string;
}

/** A left-out recording in full: `recording 3 (its audio could not be decoded)`. */
export const describeLeftOut = (r: LeftOutRecording) => `${r.entry} (${r.reason})`;

/** A recording named for a reader by its prompt and day when they can be read, else by its place (0-based `index`). */
export function recordingLabel(x: unknown, index: number): string {
	if (!isObject(x) || !isString(x['promptId']) || x['promptId'] === '') return `recording ${index + 1}`;
	const day = isDate(x['createdAt']) ? ` from ${x['createdAt'].slice(0, 10)}` : '';
	return `the recording of "${x['promptId']}"${day}`;
}

/** Why `x` is not a recording's metadata (see `RecordingMeta`), or null when it is one. */
export function recordingProblem(x: unknown): string | null {
	if (!isObject(x)) return 'it is not a recording';
	if (!isString(x['id'])) return 'its id is missing';
	if (!isString(x['sessionId'])) return 'its mock loop is missing';
	if (!isString(x['promptId'])) return 'its prompt is missing';
	if (!isString(x['mime']) || !/^audio\//.test(x['mime'])) return `its type is not audio: ${JSON.stringify(x['mime'] ?? null)}`;
	if (!Number.isInteger(x['size']) || (x['size'] as number) < 0) return 'its size is not a number of bytes';
	if (!isDate(x['createdAt'])) return 'its date cannot be read';
	return null;
}

/** True when `x` is a recording's metadata in every detail. */
export const isRecordingMeta = (x: unknown): x is RecordingMeta => recordingProblem(x) === null;

/** True when `x` is one exported recording in every detail (its base64 is checked on decoding). */
export const isExportedRecording = (x: unknown): x is ExportedRecording =>
	isRecordingMeta(x) && isString((x as unknown as Record<string, unknown>)['data']);

/** The metadata fields of a recording, and nothing else (an export or a stored entry may carry more). */
const metaOf = (x: RecordingMeta): RecordingMeta => ({
	id: x.id,
	sessionId: x.sessionId,
	promptId: x.promptId,
	mime: x.mime,
	size: x.size,
	createdAt: x.createdAt,
});

/**
 * The recordings of an export file's `recordings` field: the readable ones, how many were
 * skipped because they do not fit, and each of those named with the reason (`leftOut`), so the
 * page can say so rather than drop them silently. Never throws.
 */
export function readExportedRecordings(value: unknown): {
	recordings: (RecordingMeta & { bytes: Uint8Array })[];
	skipped: number;
	leftOut: LeftOutRecording[];
} {
	if (value === undefined) return { recordings: [], skipped: 0, leftOut: [] };
	if (!Array.isArray(value))
		return { recordings: [], skipped: 1, leftOut: [{ entry: 'the recordings', reason: 'they are not a list' }] };
	const recordings: (RecordingMeta & { bytes: Uint8Array })[] = [];
	const leftOut: LeftOutRecording[] = [];
	for (const [i, entry] of value.entries()) {
		const problem =
			recordingProblem(entry) ?? (isString((entry as Record<string, unknown>)['data']) ? null : 'its audio is missing');
		if (problem) {
			leftOut.push({ entry: recordingLabel(entry, i), reason: problem });
			continue;
		}
		const { data, ...meta } = entry as ExportedRecording;
		try {
			const bytes = base64ToBytes(data);
			recordings.push({ ...metaOf(meta), size: bytes.length, bytes });
		} catch {
			leftOut.push({ entry: recordingLabel(entry, i), reason: 'its audio could not be decoded' });
		}
	}
	return { recordings, skipped: leftOut.length, leftOut };
}

/** One stored recording on its way into an export: its metadata, and its audio or why it could not be read. */
export type RecordingSource = { meta: unknown; audio: Uint8Array } | { meta: unknown; error: string };

/**
 * The recordings an export file carries, from what the browser could read of them: each with
 * its audio in base64, and each one left out (its metadata does not fit, or its audio could not
 * be read, e.g. `error: 'its audio could not be read from this browser'`) named with the reason.
 */
export function prepareRecordingsExport(sources: readonly RecordingSource[]): {
	recordings: ExportedRecording[];
	leftOut: LeftOutRecording[];
} {
	const recordings: ExportedRecording[] = [];
	const leftOut: LeftOutRecording[] = [];
	for (const [i, source] of sources.entries()) {
		const problem = recordingProblem(source.meta) ?? ('error' in source ? source.error : null);
		if (problem !== null || !('audio' in source)) {
			leftOut.push({ entry: recordingLabel(source.meta, i), reason: problem ?? 'its audio is missing' });
			continue;
		}
		const meta = metaOf(source.meta as RecordingMeta);
		recordings.push({ ...meta, size: source.audio.length, data: bytesToBase64(source.audio) });
	}
	return { recordings, leftOut };
}

/**
 * Stored entries (from IndexedDB) split into those that read, metadata and audio (`blob`), and
 * those left out with the reason, so that listing or exporting recordings never throws on one.
 */
export function readStoredRecordings<B>(
	entries: readonly unknown[],
	isAudio: (blob: unknown) => blob is B,
): { recordings: (RecordingMeta & { blob: B })[]; leftOut: LeftOutRecording[] } {
	const recordings: (RecordingMeta & { blob: B })[] = [];
	const leftOut: LeftOutRecording[] = [];
	for (const [i, entry] of entries.entries()) {
		const problem = recordingProblem(entry);
		const blob = isObject(entry) ? entry['blob'] : undefined;
		if (problem) leftOut.push({ entry: recordingLabel(entry, i), reason: problem });
		else if (!isAudio(blob)) leftOut.push({ entry: recordingLabel(entry, i), reason: 'its audio is missing' });
		else recordings.push({ ...metaOf(entry as RecordingMeta), blob });
	}
	return { recordings, leftOut };
}

/**
 * One sentence for the page: `2 recordings were left out: recording 1 (its audio could not be
 * decoded), the recording of "outage" from 2026-11-20 (its type is not audio: "text/html")`, or
 * '' when none were. At most `listed` are named, then "and n more".
 */
export function leftOutSentence(leftOut: readonly LeftOutRecording[], listed = 3): string {
	if (leftOut.length === 0) return '';
	const named = leftOut.slice(0, listed).map(describeLeftOut);
	if (leftOut.length > listed) named.push(`and ${leftOut.length - listed} more`);
	const head = leftOut.length === 1 ? '1 recording was left out' : `${leftOut.length} recordings were left out`;
	return `${head}: ${named.join(', ')}.`;
}
