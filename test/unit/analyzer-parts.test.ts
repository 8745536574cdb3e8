import { describe, expect, it } from 'vitest';
import { detectBeats } from '../../src/lib/analyzer/beats.ts';
import { SHIPPED_READERS } from '../../src/lib/analyzer/readers.ts';
import { actionsIn } from '../../src/lib/analyzer/cues.ts';
import { findQuantities } from '../../src/lib/analyzer/quantities.ts';
import { splitSentences } from '../../src/lib/analyzer/sentences.ts';

describe('splitSentences', () => {
	it.each([
		['one sentence', 'I rolled it back.', ['I rolled it back.']],
		['two sentences', 'It broke at 02:14. I rolled it back.', ['It broke at 02:14.', 'I rolled it back.']],
		[
			'a decimal and a unit before a capital',
			'p99 held under 80 ms. The memo stayed.',
			['p99 held under 80 ms.', 'The memo stayed.'],
		],
		['an abbreviation', 'Use a cache, e.g. Redis for sessions.', ['Use a cache, e.g. Redis for sessions.']],
		[
			'an ellipsis mid-sentence',
			'A plain ALTER TABLE ... ADD COLUMN was too risky.',
			['A plain ALTER TABLE ... ADD COLUMN was too risky.'],
		],
		['a lowercase continuation', 'At 3 a.m. the pager went off.', ['At 3 a.m. the pager went off.']],
		['a blank line', 'First part\n\nSecond part', ['First part', 'Second part']],
		['a question', 'Why? Because the pool was 20.', ['Why?', 'Because the pool was 20.']],
		['nothing', '  \n ', []],
	])('splits %s', (_, text, expected) => expect(splitSentences(text).map((s) => s.text)).toEqual(expected));

	it('gives offsets into the original text', () => {
		const text = '  It broke.   I fixed it.  ';
		for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
	});
});

describe('findQuantities', () => {
	it.each([
		['p99 went from 850 ms to 140 ms', ['latency:850 ms', 'latency:140 ms']],
		['p95 sat at 1.8 s', ['latency:1.8 s']],
		['the cold start took 4 s', ['duration:4 s']],
		['about 1.2k requests per second', ['rate:1.2k requests per second']],
		['from about 40 a day to none', ['rate:40 a day']],
		['a 5 rps cap', ['rate:5 rps']],
		['fell from 90% to 35%, then by two percent', ['percentage:90%', 'percentage:35%', 'percentage:two percent']],
		['about a fifth of requests, cut by half', ['percentage:a fifth', 'percentage:half']],
		['$8,000 a month and €40k', ['money:$8,000 a month', 'money:€40k']],
		['twelve minutes, two weeks, a 40-minute outage', ['duration:twelve minutes', 'duration:two weeks', 'duration:40-minute']],
		['400 million rows in batches of 10k', ['count:400 million rows', 'count:10k']],
		[
			'three thousand failed logins and eleven internal clients',
			['count:three thousand failed logins', 'count:eleven internal clients'],
		],
		['a 2 TB database and 5 MB uploads', ['size:2 TB', 'size:5 MB']],
		['first 502 at 02:14, rollback at 3 a.m., in 2022', ['time:02:14', 'time:3 a.m.', 'time:2022']],
	])('reads %j', (text, expected) => expect(findQuantities(text).map((q) => `${q.kind}:${q.text}`)).toEqual(expected));

	it.each([
		['a sev1 on v2 with an N+1 query'],
		['it threw 502s and 401s'],
		['one of the clients, the one reason'],
		['p99 and p95 dashboards'],
	])('finds no quantity in %j', (text) => expect(findQuantities(text)).toEqual([]));

	it('gives offsets into the text', () => {
		const text = 'Lag went from six hours to 40 minutes.';
		expect(findQuantities(text).map((q) => text.slice(q.start, q.end))).toEqual(['six hours', '40 minutes']);
	});
});

describe('actionsIn', () => {
	const subjects = (s: string) =>
		actionsIn(s)
			.map((a) => a.subject)
			.join(' ');
	it.each([
		['I rolled it back and paged the DBA.', 'i i'],
		['We found the query, added an index and deployed it.', 'we we we'],
		['We were three engineers and we had a deadline.', ''],
		['Our team of eight agreed; we agreed on a date.', ''],
		['The team and I looked into it.', 'we'],
		['Priya and I split the work, and I wrote the runbook.', 'we i'],
		['I then quickly reverted the deploy.', 'i'],
		["I'd do it again; I should have asked.", ''],
		['Rolled back rather than scaling the database.', 'i'],
		['Then quickly rewrote the query and paged the DBA.', 'i i'],
		['Turned out the index was missing.', ''],
		['Based on the traces, the pool was too small.', ''],
		['We found the leak and the fix was then deployed.', 'we'],
		['We did a rollback and threw out the cache.', 'we we'],
		['Our team rewrote the query; the platform team added a cache.', 'we'],
		["We'd rehearsed it twice, and I'd roll back first.", 'we'],
	])('%j has actions by: %j', (sentence, expected) => expect(subjects(sentence)).toBe(expected));
});

describe('detectBeats', () => {
	const covered = (text: string) => {
		const sentences = splitSentences(text);
		const beats = detectBeats(sentences, findQuantities(text), SHIPPED_READERS.tradeOff);
		return Object.entries(beats)
			.filter(([, b]) => b.covered)
			.map(([id]) => id);
	};
	it('finds all six beats in a compact answer', () =>
		expect(
			covered(
				'At my last job, the login service hit its rate limit during a launch. I owned the service. I added per-partner quotas rather than raising the global limit. Login errors fell from 8% to 0.1%. Next time I would ask for launch dates up front.',
			),
		).toEqual(['situation', 'task', 'action', 'trade-off', 'result', 'reflection']));

	it('does not count an alternative stated in the scene or in the reflection', () => {
		const beats = covered(
			'Engineers were re-running builds instead of shipping. I owned CI. I split the suite across 6 runners. Build time fell to 14 minutes. Next time I would split it at the start rather than after the complaints.',
		);
		expect(beats).not.toContain('trade-off');
		expect(beats).toContain('reflection');
	});

	it('treats the scene told with "we" as the situation', () =>
		expect(covered('We ran a v1 API that eleven clients called. I volunteered to lead the deprecation.')).toContain('situation'));

	it('quotes the work’s outcome as the result, not a measured scene', () => {
		const text =
			'We ran checkout on one Postgres node. Latency rose to 900 ms at p99 every noon. I owned the fix. I added a read replica. Its p99 fell to 140 ms.';
		const beats = detectBeats(splitSentences(text), findQuantities(text), SHIPPED_READERS.tradeOff);
		expect([beats.situation.sentences, beats.result.sentences]).toEqual([[0, 1], [4]]);
	});

	it('lists the sentences that carry each beat', () => {
		const text = 'The queue backed up. I was on call. I paged the secondary.';
		const beats = detectBeats(splitSentences(text), findQuantities(text), SHIPPED_READERS.tradeOff);
		expect([beats.situation.sentences, beats.task.sentences, beats.action.sentences]).toEqual([[0], [1], [2]]);
	});
});
