import { describe, expect, it } from 'vitest';
import {
	base64ToBytes,
	bytesToBase64,
	countBySession,
	formatBytes,
	readExportedRecordings,
	recordingId,
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
		['absent', undefined, 0],
		['not a list', { a: 1 }, 1],
	])('reads a recordings field that is %s', (_, value, skipped) =>
		expect(readExportedRecordings(value)).toEqual({ recordings: [], skipped }),
	);
});
