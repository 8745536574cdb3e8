import { describe, expect, it } from 'vitest';
import {
	base64ToBytes,
	bytesToBase64,
	countBySession,
	formatBytes,
	isRecordingMeta,
	leftOutSentence,
	prepareRecordingsExport,
	readExportedRecordings,
	readStoredRecordings,
	recordingId,
	recordingLabel,
	totalSize,
} from '../../src/lib/recordings.ts';

const meta = { id: 'm1:p', sessionId: 'm1', promptId: 'p', mime: 'audio/webm', size: 3, createdAt: '2026-11-23T10:00:00.000Z' };

describe('recordings', () => {
	it('counts the recordings each mock session kept', () => {
		const counts = countBySession([{ sessionId: 'a' }, { sessionId: 'b' }, { sessionId: 'a' }]);
		expect([...counts]).toEqual([
			['a', 2],
			['b', 1],
		]);
		expect(countBySession([]).size).toBe(0);
	});

	it.each([
		[0, '0 B'],
		[830, '830 B'],
		[12 * 1024 + 100, '12 KB'],
		[1.44 * 1024 * 1024, '1.4 MB'],
	])('formats %i bytes as %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

	it('totals sizes and names a recording by session and prompt', () => {
		expect(totalSize([{ size: 10 }, { size: 32 }])).toBe(42);
		expect(recordingId('m1', 'outage-you-owned')).toBe('m1:outage-you-owned');
	});

	it('round-trips bytes through base64, including long ones', () => {
		const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
		expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
	});

	it('reads exported recordings and counts the ones it skips', () => {
		const good = { ...meta, data: bytesToBase64(Uint8Array.from([1, 2, 3])) };
		const read = readExportedRecordings([good, { ...good, mime: 'text/html' }, { ...good, data: '%%%' }, 'junk']);
		expect(read.skipped).toBe(3);
		expect(read.recordings).toEqual([{ ...meta, bytes: Uint8Array.from([1, 2, 3]) }]);
	});

	it.each([
		['absent', undefined, 0, []],
		['not a list', { a: 1 }, 1, [{ entry: 'the recordings', reason: 'they are not a list' }]],
	])('reads a recordings field that is %s', (_, value, skipped, leftOut) =>
		expect(readExportedRecordings(value)).toEqual({ recordings: [], skipped, leftOut }),
	);
});

describe('recordings that cannot be read', () => {
	const good = { ...meta, data: bytesToBase64(Uint8Array.from([1, 2, 3])) };

	it.each([
		[
			'audio that is not base64',
			{ ...good, data: '%%%' },
			'the recording of "p" from 2026-11-23',
			'its audio could not be decoded',
		],
		['no audio', { ...meta }, 'the recording of "p" from 2026-11-23', 'its audio is missing'],
		[
			'a type that is not audio',
			{ ...good, mime: 'text/html' },
			'the recording of "p" from 2026-11-23',
			'its type is not audio: "text/html"',
		],
		['no type', { ...good, mime: undefined }, 'the recording of "p" from 2026-11-23', 'its type is not audio: null'],
		['a negative size', { ...good, size: -1 }, 'the recording of "p" from 2026-11-23', 'its size is not a number of bytes'],
		['an unreadable date', { ...good, createdAt: 'soon' }, 'the recording of "p"', 'its date cannot be read'],
		['no prompt', { ...good, promptId: undefined }, 'recording 2', 'its prompt is missing'],
		['no mock loop', { ...good, sessionId: 7 }, 'the recording of "p" from 2026-11-23', 'its mock loop is missing'],
		['not an object', 'junk', 'recording 2', 'it is not a recording'],
	])('reports an entry with %s instead of throwing', (_, entry, label, reason) => {
		const read = readExportedRecordings([good, entry]);
		expect(read.recordings).toHaveLength(1);
		expect(read).toMatchObject({ skipped: 1, leftOut: [{ entry: label, reason }] });
	});

	it('drops fields that are not metadata when reading an export', () => {
		const read = readExportedRecordings([{ ...good, extra: 'x' }]);
		expect(read.recordings).toEqual([{ ...meta, bytes: Uint8Array.from([1, 2, 3]) }]);
	});

	it('prepares an export, leaving out what the browser could not read', () => {
		const audio = Uint8Array.from([1, 2, 3, 4]);
		const packed = prepareRecordingsExport([
			{ meta, audio },
			{ meta: { ...meta, id: 'm1:q', promptId: 'q' }, error: 'its audio could not be read from this browser' },
			{ meta: { id: 'x' }, audio },
		]);
		expect(packed.recordings).toEqual([{ ...meta, size: 4, data: bytesToBase64(audio) }]);
		expect(packed.leftOut).toEqual([
			{ entry: 'the recording of "q" from 2026-11-23', reason: 'its audio could not be read from this browser' },
			{ entry: 'recording 3', reason: 'its mock loop is missing' },
		]);
		// What it exports reads back as it was.
		expect(readExportedRecordings(packed.recordings).recordings).toEqual([{ ...meta, size: 4, bytes: audio }]);
	});

	it('reads stored entries, leaving out those without metadata or audio', () => {
		const isAudio = (b: unknown): b is { type: string } => typeof b === 'object' && b !== null && 'type' in b;
		const blob = { type: 'audio/webm' };
		const read = readStoredRecordings([{ ...meta, blob }, { ...meta, id: 'm1:q', blob: null }, { blob }], isAudio);
		expect(read.recordings).toEqual([{ ...meta, blob }]);
		expect(read.leftOut.map((r) => r.reason)).toEqual(['its audio is missing', 'its id is missing']);
	});

	it('names recordings and checks metadata', () => {
		expect(recordingLabel(meta, 0)).toBe('the recording of "p" from 2026-11-23');
		expect(recordingLabel(null, 4)).toBe('recording 5');
		expect(isRecordingMeta(meta)).toBe(true);
		expect(isRecordingMeta({ ...meta, size: 1.5 })).toBe(false);
	});

	it.each([
		[[], ''],
		[
			[{ entry: 'recording 1', reason: 'its audio could not be decoded' }],
			'1 recording was left out: recording 1 (its audio could not be decoded).',
		],
		[
			[
				{ entry: 'recording 1', reason: 'its audio could not be decoded' },
				{ entry: 'the recording of "p" from 2026-11-23', reason: 'its type is not audio: "text/html"' },
			],
			'2 recordings were left out: recording 1 (its audio could not be decoded), the recording of "p" from 2026-11-23 (its type is not audio: "text/html").',
		],
		[
			[1, 2, 3, 4, 5].map((i) => ({ entry: `recording ${i}`, reason: 'its audio is missing' })),
			'5 recordings were left out: recording 1 (its audio is missing), recording 2 (its audio is missing), recording 3 (its audio is missing), and 2 more.',
		],
	])('says what was left out in one sentence (%#)', (leftOut, sentence) => expect(leftOutSentence(leftOut)).toBe(sentence));
});
