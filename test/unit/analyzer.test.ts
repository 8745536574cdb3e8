import { describe, expect, it } from 'vitest';
import { analyzeAnswer, beatQuotes, GUIDE_FINDINGS, listedQuantities, paceFor } from '../../src/lib/analyzer.ts';
import { PITFALLS } from '../../src/schemas/ids.ts';

const LOOP = { target: { min: 120, max: 180 }, thinBelow: 90, tooLongAbove: 240 };
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
const verdicts = (text: string) =>
	analyzeAnswer(text)
		.findings.filter((f) => f.kind === 'verdict')
		.map((f) => f.pitfall);
const triggers = (text: string, pitfall: string) =>
	analyzeAnswer(text)
		.findings.find((f) => f.pitfall === pitfall)
		?.spans.map((s) => text.slice(s.start, s.end)) ?? [];

describe('length and pace', () => {
	it('estimates seconds at 150 words a minute by default', () => {
		const r = analyzeAnswer(words(300));
		expect([r.words, r.seconds, r.wordsPerMinute, r.pace]).toEqual([300, 120, 150, null]);
	});
	it('uses the pace it is given', () => expect(analyzeAnswer(words(300), { wordsPerMinute: 120 }).seconds).toBe(150));
	it('ignores a pace that is not positive', () => expect(analyzeAnswer(words(150), { wordsPerMinute: 0 }).seconds).toBe(60));
	it.each([
		[89, 'thin'],
		[90, 'short'],
		[120, 'on-target'],
		[180, 'on-target'],
		[181, 'long'],
		[240, 'long'],
		[241, 'too-long'],
	])('%i s against the loop story is %s', (s, pace) => expect(paceFor(s, LOOP)).toBe(pace));
	it('judges the answer against the timing it is given', () =>
		expect(analyzeAnswer(words(150), { timing: LOOP }).pace).toBe('thin'));
});

describe('findings', () => {
	it('returns nothing to judge for an empty answer', () => expect(analyzeAnswer('  ').findings).toEqual([]));

	it('always asks the two self-check questions, as questions', () => {
		const checks = analyzeAnswer('I fixed it.').findings.filter((f) => f.kind === 'self-check');
		expect(checks.map((f) => f.pitfall)).toEqual(['sanitized-on-call', 'over-rehearsed']);
		for (const f of checks) expect(f.message).toMatch(/\?$/);
	});

	it('lists findings in the order of the pitfall ids', () => {
		const ids = analyzeAnswer('We broke it into services and we moved everything. It got a lot faster.').findings.map(
			(f) => f.pitfall,
		);
		expect(ids).toEqual(PITFALLS.filter((p) => ids.includes(p)));
	});

	it.each([
		['plural-pronouns', 'We found the leak, we patched it and we deployed the fix.', ['We found', 'we patched', 'we deployed']],
		['heroism', 'I worked 18 hours straight and did it alone.', ['18 hours straight', 'alone']],
		['heroism', 'I pulled an all-nighter because nobody else knew the code.', ['all-nighter', 'nobody else']],
		['blame', "It was the other team's fault, not my fault.", ["team's fault", 'not my fault']],
		[
			'blame',
			"It broke because of the data team's mistake and I waited for them to fix it.",
			["because of the data team's mistake", 'waited for them'],
		],
		['vague-metrics', 'Latency improved significantly and errors went way down.', ['Latency improved significantly', 'way down']],
		['vague-metrics', 'It went smoothly, with basically no impact on performance.', ['It went smoothly', 'basically no impact']],
		[
			'vague-metrics',
			'The impact was significant, and it saved the company a lot of revenue.',
			['impact was significant', 'saved the company a lot of'],
		],
		['vague-metrics', 'The alerts mostly went away and it saved us hours.', ['alerts mostly went away', 'saved us hours']],
		[
			'vague-metrics',
			'It made a real difference; error rates dropped off.',
			['made a real difference', 'error rates dropped off'],
		],
		['vague-metrics', 'That was a significant reduction in toil.', ['significant reduction']],
		['plural-pronouns', 'The config was rolled back and an index was added.', ['was rolled back', 'was added']],
		['plural-pronouns', 'We found the leak and the fix was then deployed.', ['We found', 'was then deployed']],
		['vague-metrics', 'The impact was minimal and it was a big success.', ['impact was minimal', 'big success']],
		['vague-metrics', 'Performance stayed really good throughout.', ['Performance stayed really good']],
		['vague-metrics', 'We saw a substantial drop in errors, and on-call got way easier.', ['substantial drop', 'way easier']],
		['vague-metrics', 'Latency came back down to normal, well under the target.', ['well under the target']],
		['vague-metrics', "I'd say it makes me something like 30% faster.", ['something like 30% faster']],
		['vague-metrics', 'I shipped it and the launch went really well.', ['the launch went really well']],
		['blame', 'Their code was, frankly, a mess.', ['Their code was, frankly, a mess']],
		['blame', 'I paired with Marco, who was pretty stubborn.', ['Marco, who was pretty stubborn']],
		['blame', 'It was obviously their bug, not ours.', ['their bug, not ours']],
		[
			'blame',
			'It was the promotions team, who push things late at night without telling anyone.',
			['the promotions team, who push things late at night without telling anyone'],
		],
		['heroism', 'I worked the next three weekends and shipped both.', ['worked the next three weekends']],
		['plural-pronouns', "We've rebuilt ingestion and we moved history to partitions.", ["We've rebuilt", 'we moved']],
		['blame', "It looked like they'd skipped the tests for that path.", ["looked like they'd skipped"]],
		['blame', "He's the kind of engineer who wants to use every new tool.", ["He's the kind of engineer who"]],
		[
			'blame',
			"It's usually some other team who pushed a config and didn't bother announcing it.",
			["some other team who pushed a config and didn't bother"],
		],
		[
			'blame',
			'The fraud team had pushed a rules config at 1:40 with no heads-up.',
			['The fraud team had pushed a rules config at 1:40 with no heads-up'],
		],
		['heroism', "I didn't want to wake up the DBA, so I promoted the replica.", ["didn't want to wake up the DBA"]],
		['heroism', 'The engineers were stuck, so I took that piece over myself.', ['took that piece over myself']],
		['heroism', 'I did the migration in the evenings and over two weekends.', ['I did the migration in the evenings']],
		['vague-metrics', 'We fixed the verification step and conversion went up significantly.', ['conversion went up']],
		['vague-metrics', 'After that the timeouts on search went away.', ['timeouts on search went away']],
		['blame', "It wasn't my deploy, for the record.", ["wasn't my deploy"]],
		[
			'blame',
			"The root cause turned out to be entirely on the processor's side.",
			["root cause turned out to be entirely on the processor's side"],
		],
		['blame', 'Their lead had approved it without really reading it.', ['Their lead had approved it without really reading']],
		['blame', 'And, as usual with that group, the date went out first.', ['as usual with that group']],
		['blame', "The group is three people who haven't carried a pager in years.", ["who haven't carried a pager in years"]],
		['blame', "We removed the field, and their service broke, which, you know, they'd had a month.", ["they'd had a month"]],
		['blame', 'The requirements kept moving on us, and we kept telling them.', ['kept moving on us', 'we kept telling them']],
		['heroism', 'I took their overnight shifts as well as mine.', ['took their overnight shifts']],
		[
			'heroism',
			'I deployed it and watched the dashboards until about two in the morning.',
			['I deployed it and watched the dashboards until about two in the morning'],
		],
		['vague-metrics', 'We were back up pretty quickly with minimal data loss.', ['back up pretty quickly', 'minimal data loss']],
		// Help turned down, told as consideration.
		['heroism', 'The secondary offered to take over, and I told her to go back to bed.', ['offered to take over, and I told']],
		['heroism', "I'm not going to wake half the team for this.", ["I'm not going to wake"]],
		[
			'heroism',
			'So I told the team: route the night pages for this alert to me.',
			['route the night pages for this alert to me'],
		],
		['heroism', 'I stayed up watching it until about 7, then went to standup.', ['stayed up watching it until about 7']],
		['heroism', 'I took the pager myself for two extra weeks.', ['took the pager myself']],
		['heroism', 'I sent the secondary home around noon and kept going.', ['sent the secondary home']],
		['heroism', 'I pretty much sat with it the whole time, Friday night through Sunday.', ['sat with it the whole time']],
		['heroism', 'For those seven weeks I carried primary and secondary myself.', ['carried primary and secondary']],
		['heroism', "Honestly, I didn't page my own secondary.", ["didn't page my own secondary"]],
		['heroism', "I didn't want to ruin anyone's weekend over it, so I dealt with it.", ["didn't want to ruin anyone's weekend"]],
		// Blame told as a habit, a motive or a lack of grasp.
		['blame', 'Which, honestly, is a bit of a pattern with Marco.', ['a pattern with Marco']],
		['blame', "It's not the first time with them, either.", ['not the first time with them']],
		['blame', 'Our product owner tends to promise dates before talking with us.', ['tends to promise dates before talking']],
		['blame', "The product manager, to be fair, didn't really understand how rating works.", ["didn't really understand how"]],
		['blame', 'The platform team never really cared about anything outside dollars.', ['never really cared about']],
		['blame', 'Honestly, the review should have caught it too.', ['the review should have caught']],
		['blame', 'The thing with Greg was he guarded that engine.', ['The thing with Greg was']],
		['blame', "Honestly, she just didn't want to learn the new tooling.", ["she just didn't"]],
		['blame', 'That team has a bit of a reputation for slow pages.', ['has a bit of a reputation for']],
		['blame', 'The reviewer signed off without catching the unit mismatch.', ['signed off without catching']],
		['blame', 'They have this habit of pushing schema changes late on a Friday.', ['They have this habit of']],
		['blame', 'Pretty typical for that team, to be honest.', ['Pretty typical for that team']],
		['blame', 'I think he was more worried about his own credibility than the customers.', ['worried about his own credibility']],
		['blame', 'They took a couple of days to pick it up, which is pretty normal for them.', ['pretty normal for them']],
		['blame', 'He had promised it first, which, to be honest, is pretty much how he operated.', ['how he operated']],
		[
			'blame',
			"He'd been asked in review to add a test for that parser and hadn't got round to it.",
			["'d been asked in review to add a test for that parser and hadn't"],
		],
	])('%s is raised with its trigger words highlighted', (pitfall, text, words) => {
		expect(verdicts(text)).toContain(pitfall);
		expect(triggers(text, pitfall)).toEqual(words);
	});

	it.each([
		[
			'team context',
			'Our team of eight owned billing and we were three months from renewal. I wrote the runbook and ran the cutover.',
			'plural-pronouns',
		],
		['a shared outcome', 'I rebuilt the index and I rewrote the query, and we shipped it.', 'plural-pronouns'],
		['a long night told plainly', 'It was a long night, so I handed off to the day shift at 08:00.', 'heroism'],
		['"alone" meaning "only"', 'That change alone cut p99 by 40%.', 'heroism'],
		[
			'another team named neutrally, fix owned',
			"A partner team's deploy changed a field, so I added schema validation.",
			'blame',
		],
		['a blameless post-mortem', 'I kept it blameless: how could the change merge, not who typed it.', 'blame'],
		[
			'a blaming framing quoted to be turned down',
			"It would have been easy to write it up as 'the identity team rotated a cert without telling anyone', and I was careful not to.",
			'blame',
		],
		['who was on call', "It caught a DNS fault last quarter, and the person on call wasn't me.", 'blame'],
		['a product named, not a person', 'Every one of the three million keys in Redis missed at once.', 'blame'],
		['abilities compared, no result claimed', 'People are much better at correcting a written guess.', 'vague-metrics'],
		['a maintenance window', 'I moved the cluster to bigger instances over two nights.', 'heroism'],
		['people in general, not a person named', 'People had started acking it from bed without looking.', 'blame'],
		['own legacy code called a mess', 'The legacy code was a mess, so I wrote tests first. My code was a mess too.', 'blame'],
		[
			'a design told as intentions',
			"I'd add a watchdog. I'd reject async failover, which drops writes. At my last job we ran it on three zones and we tested it. It held.",
			'plural-pronouns',
		],
		['a number in the same sentence', 'Latency improved dramatically: p99 went from 240 ms to 9 ms.', 'vague-metrics'],
		['a number in the next sentence', 'The endpoint got much faster. Its p99 went from 3.2 s to 140 ms.', 'vague-metrics'],
		['a cost, not an improvement', 'I picked the batch migration even though it was much slower.', 'vague-metrics'],
		['an impact that was measured', 'The impact was significant: churn fell from 4% to 2.5%.', 'vague-metrics'],
		['a zero that was measured', 'There was virtually no impact: p99 stayed at 120 ms.', 'vague-metrics'],
		['a faded problem that was counted', 'The alerts mostly went away: from 40 a week to 3.', 'vague-metrics'],
		[
			'a big difference that was measured',
			'It made a real difference. Checkout p99 fell from 900 ms to 200 ms.',
			'vague-metrics',
		],
		['errors rising in the scene', 'At 14:00 errors went up and I was paged.', 'vague-metrics'],
		['a small impact that was measured', 'The impact was minimal: p99 rose from 80 ms to 84 ms.', 'vague-metrics'],
		['a guessed share that is no gain', 'Search drives something like 40% of visits to product pages.', 'vague-metrics'],
		['back to normal at a clock time', 'I rolled back, and errors were back to normal by 14:20.', 'vague-metrics'],
		[
			'a step in the passive by me',
			'I owned it. The config was rolled back by me and the cache was added by me.',
			'plural-pronouns',
		],
		['the speaker acted on', 'I was paged, I was asked to lead, and I rolled it back.', 'plural-pronouns'],
		[
			'a thing chosen before "and I"',
			'We built the service. I proposed PostgreSQL and I wrote down why, and we kept one JSONB column.',
			'plural-pronouns',
		],
		[
			'the tool called "git blame"',
			'I owned the linter rollout. The cost was a formatting commit that wrecked git blame, which I handled with a .git-blame-ignore-revs file.',
			'blame',
		],
		[
			'a table written around the clock',
			'I ruled out the ALTER: a four-hour lock was out of the question for a table written around the clock.',
			'heroism',
		],
		['a draft sent to the speaker', 'Her next request, she sent it to me as a draft before it went into planning.', 'heroism'],
	])('is not raised for %s', (_, text, pitfall) => expect(verdicts(text)).not.toContain(pitfall));

	it.each([
		['rather than', 'I added quotas rather than raising the limit.'],
		['instead of', 'I reverted the push instead of patching it live.'],
		['the option I turned down', 'The option I turned down was a CDN.'],
		['I considered … but', 'I considered autoscaling, but the cold start was four minutes.'],
		['X over Y', 'I chose the index over a cache.'],
		['ruled out', 'I ruled out a rewrite.'],
		['the cost was', 'The cost was that the reporting fix slipped a week.'],
		['a price I would pay', 'Losing the feature for a day is a price I would pay.'],
		['I gave up', 'I gave up some speed to keep the checks by hand.'],
		['at the expense of', 'I kept the cache at the expense of a little freshness.'],
		['even though that added', 'I drained the node first, even though that added 25 minutes.'],
		['tempting, but', 'Sharding was tempting, but the table was only 40 GB.'],
		['two choices', 'I had two choices: roll back or patch forward.'],
		['what the option would cost', 'I kept the old table, because a rewrite would cost a quarter.'],
		['a weighing verb with an action', 'I considered keeping it synchronous.'],
		['thought about, then "Simpler, but"', 'I thought about lowering the timeout. Simpler, but every request would still wait.'],
		['we debated …ing', 'We debated just deleting the alert.'],
		['a price named as a thing', "The breaker's cost was a second code path."],
		['its own cost', 'Pairing had its own cost, which was interviewer time.'],
		[
			'another’s proposal, then "I didn’t"',
			"Our director wanted to keep the take-home. I didn't, because we could not enforce a cap.",
		],
		['a path not wanted, then what was done', "I didn't want to wake the new people, so I took the pages."],
		[
			'an option talked about, declined for a reason',
			'We talked about dropping the round, but we kept it because it predicted performance.',
		],
		['the obvious fix', 'The obvious fix was to add more replicas, but that only hid the slow query.'],
		['either … or', 'We could either shard or archive old rows; I archived, because sharding was a quarter of work.'],
		['a cost known and accepted', 'We knew the batch version would catch less fraud, but it was better than nothing.'],
		['a compromise named', 'The fallback is a real compromise, because a cached rate can be stale.'],
		['we would have lost', "We kept it, or we'd have lost coverage on everything else."],
		['two options named', 'Two options: roll back the deploy, or kill the migration.'],
		['an option weighed in the passive', 'A vault was also considered, but it was rejected because secrets stayed long-lived.'],
		['a split agreed', 'We agreed on a split: seven consumers now, seven next quarter.'],
		['an option held off', "I'd hold off on sharding, because it turns every report into a scatter-gather."],
		['options weighed in the passive', 'Those were weighed against the analytics page, and the page was kept.'],
		['"did think about", then but', 'I did think about moving teams, but the same leadership runs all of it.'],
		['an adverb before "about"', 'I thought briefly about fixing forward, but the database was already pinned.'],
		['a preference conceded', "I'd have preferred the tool there too, but her read of the risk was fair."],
		['an option passed on', "I'd pass on async replication, which can drop the last writes."],
		['a design with its price', 'The price of the quorum design is a cross-zone round trip on every write.'],
		['a cost accepted ahead', "A failed zone stops writes for a minute. I'd accept that."],
		['the cheaper side, then but', "Async is cheaper on latency, but I'd lose confirmed orders in a failover."],
		['the options laid out', 'The options were to send corrected invoices, or to cancel and reissue them.'],
		['a decision put with both sides', 'I had to decide: wait for their fix, or move our traffic to the other data center.'],
		['a project deferred', 'We did the lock timeout first and pushed the read replica, a bigger project, to next quarter.'],
		['a price labelled as one', 'The cost I am accepting: writes stop if both standbys are unreachable.'],
		['a choice put with its sides', 'Payroll had not gone out yet, so the choice was revert and rerun, or fix forward.'],
		['an option costed by what it meant', 'Killing the job meant customers waited a day for their free bets.'],
		['an option put as a worse bet', 'But building an index mid-service was a worse bet than three more slow minutes.'],
		[
			'an option declined as what I would not do',
			"What I wouldn't do: scale out first, because every instance brings its own pool.",
		],
		['an option with what it would have broken', 'Forty services had the new cert, so a rollback could have broken those.'],
		['help turned down with a reason', 'I said no, because they did not know our systems.'],
	])('a rejected alternative worded "%s" covers the trade-off', (_, sentence) =>
		expect(verdicts(`I owned the service. ${sentence}`)).not.toContain('no-trade-off'),
	);

	it('takes an "I\'d rather" in a walkthrough told before any past-tense step as the trade-off', () =>
		expect(
			verdicts("First I check what changed. I'd rather lose a release for a day than guess. I learned that the hard way."),
		).not.toContain('no-trade-off'));

	it('takes "rather than" in a method told in the present, with no past step, as the trade-off', () =>
		expect(
			verdicts('First I check the blast radius. I follow one failing request rather than the aggregate graphs.'),
		).not.toContain('no-trade-off'));

	it('takes a use refused with its reason as the trade-off, even in the scene', () =>
		expect(
			verdicts(
				"We don't use it for auth, because a subtle mistake there doesn't show in tests. Last month I rewrote the retry path.",
			),
		).not.toContain('no-trade-off'));

	it('takes "I could have…" answered by a "But…" sentence as an option weighed, not a regret', () => {
		const result = analyzeAnswer(
			"I shipped the change. I could have fixed forward. But I didn't want a second untested change in payments, so I rolled back.",
		);
		expect(result.beats['trade-off'].covered).toBe(true);
		expect(result.beats.reflection.covered).toBe(false);
	});

	it('keeps endurance a boast when the lesson after it is about something else', () => {
		expect(
			verdicts("I stayed on it for fourteen hours straight. That's why I'd never run async replication for orders again."),
		).toContain('heroism');
		expect(verdicts('I worked 18 hours straight alone. Since then I page the secondary at minute five.')).not.toContain(
			'heroism',
		);
	});

	it('does not take "rather than" in the scene before any step as the trade-off', () =>
		expect(verdicts('Engineers were re-running builds rather than shipping. I split the suite across 6 runners.')).toContain(
			'no-trade-off',
		));

	it.each([
		['a check’s counterfactual', 'I replayed last month through the rule: it would have fired twice.'],
		['nights given up', 'I gave up my weekend to finish the backfill.'],
		['a warning about another’s plan', 'I said it would make billing far more complicated.'],
		['a comparison told as a reason', 'I wrote it myself, because it was faster than explaining it to the juniors.'],
		['a cost stated as a figure', 'Its cost was about $12k a month before the change.'],
		['musing, not weighing', 'I thought about leaving the team that year.'],
		['an option declined with no reason', "We'd talked about just using a timeout, but I went with the breaker."],
		['an outcome compared, "instead of" a number', 'The p99 is 180 ms now, instead of 11 seconds.'],
		['an outcome compared, "instead of" a time', 'A mismatch shows up within a day instead of at quarter-end.'],
		['another’s proposal, then a neutral sentence', 'Our director wanted to keep the take-home. It had run for years.'],
		['one option, not a choice', 'The only option we had left was a restart.'],
		['a view vindicated', "So it ended up the way I'd argued, six months later."],
	])('is not a trade-off: %s', (_, sentence) => expect(verdicts(`I owned the service. ${sentence}`)).toContain('no-trade-off'));

	it('does not take a choice in the scene, told as "I\'d been…", as the candidate\'s trade-off', () =>
		expect(verdicts("I'd been there two years, and the team had picked Kafka over RabbitMQ. I owned the consumer.")).toContain(
			'no-trade-off',
		));

	it.each([
		['next time', 'Next time I would test it first.'],
		['in hindsight', 'In hindsight the alert came too late.'],
		['since then I', 'Since then I review every pool size.'],
		['what I’d change', "What I'd change is the rollout order."],
		['I learned', 'I learned to measure first.'],
		['now I always', 'Now I always ask for the calendar.'],
		['looking back', 'Looking back, I waited too long.'],
		['a habit dropped, near the end', 'And I stopped letting schema changes ride along with code deploys.'],
		['a fix with its record since, near the end', "I added a CI lint for it. It's caught four since."],
		['a template used since, near the end', "That template is in our runbook, and I've used it for every backfill since."],
		['what I realised', "What I've realised is that I want a bigger team."],
		['if I built it again', 'If I built a service like that again, the test would go in first.'],
		['a rule the team keeps now', 'So now we require a staging run for any generated migration.'],
		['what I kept from it', 'What I kept from it is a priority list both leads can see.'],
		['a rule set afterwards', 'So the rule I set for the team after that: generated migrations get a lock review.'],
		['an action item owned', 'The action item I owned was a CI check on connections outside the pool.'],
		['a rule kept ever since', 'Ever since, that alert goes in before the consumer ships.'],
		['a safeguard that caught one later', 'I added a query-count test. It caught another N+1 about three weeks later.'],
		['a check that has caught more since', 'Since then that contract test has caught two more breaking changes.'],
		['a helper put in the template', 'I put the helper into our service template for every new endpoint.'],
		['a check with a record of catches', 'I added a per-network canary check. It caught a different regression in the spring.'],
		['what changed in how I work', 'What changed in how I work: I sample the data before I estimate.'],
		['what changed afterwards', 'Two things changed afterwards: a rejection-rate canary and a festival freeze.'],
		['a change to how the team staffs', 'And I changed how we staff finals: the incident lead gets a named second.'],
		['a default the team keeps now', "Our load test report now includes the scheduler's CPU panel by default."],
		['a rule set for the alerts', 'And I set a rule for our alerts: each one needs a runbook link.'],
		['what changed for the speaker', 'What changed for me: I ask for the breakdown before I give my view.'],
	])('a reflection worded "%s" covers the last beat', (_, sentence) =>
		expect(verdicts(`I owned the service. I fixed the pool. ${sentence}`)).not.toContain('no-reflection'),
	);

	it.each([
		['not paging the secondary', "I didn't page the secondary; I knew the code best."],
		['a night worked through', 'I was at it until about six in the morning.'],
		['stayed up until', 'Then I stayed up until seven checking every order.'],
		['no one to hand it to', "I just didn't feel I could hand it to anyone."],
		['every weekend, as the subject', 'I worked every weekend for a month to hit the date.'],
		['the only one carrying the work', 'I was effectively the only person picking up pages overnight.'],
		['hardly any breaks', 'I took it on over a long weekend, hardly any breaks.'],
		['days in a row, as the subject', 'I worked five days in a row on the backfill.'],
		['the whole job done myself', 'It was faster, so I just did the whole thing myself.'],
		['a night not ended', "I didn't go home that night."],
		['others helpless as the foil', 'The rest of the team was honestly pretty lost.'],
		['carrying the incident', 'So I basically took over and carried the incident.'],
		['a rescue praised', 'My manager called it the best save of the year.'],
		['others lost without me', "He said they couldn't have shipped it without me."],
		['not waking anyone, as a plan', "At 2 a.m. I wouldn't wake anybody up."],
		['holding off on paging', "I'd hold off on paging anyone for the first fifteen minutes."],
		['the one who got every page', 'I was basically the person who got every checkout page.'],
		['staying on for twenty hours', 'I stayed with it through the next day, about 20 hours in total.'],
		['paged on vacation', "I've been paged on vacation twice this year."],
		['not wanting to drag anyone in', "I didn't really want to drag anyone into it."],
		['the whole migration myself', 'So I did the whole migration myself over six weekends.'],
		['everyone else gone home', 'Everyone else had gone home, so I stayed and finished it.'],
		['a vacation skipped', 'I skipped my vacation to get the migration done.'],
		['living in the office', 'I basically lived in the office for two weeks.'],
		['every page handled', 'I was on call for the whole month and handled every page.'],
		['a fix done alone, told with "myself"', 'I fixed it and deployed the fix the same night, myself.'],
	])('heroism told as a night worked through unpaged is raised: %s', (_, sentence) =>
		expect(verdicts(`I owned checkout. ${sentence} I rolled it back.`)).toContain('heroism'),
	);

	it('does not take endurance told as the mistake a lesson came from as heroism', () => {
		const mistake = 'I owned checkout. Once I spent 40 minutes alone on a bug before waking anyone.';
		expect(verdicts(`${mistake} Since then I page the secondary at minute five.`)).not.toContain('heroism');
		expect(verdicts(`${mistake} I rolled it back at dawn.`)).toContain('heroism');
	});

	it.each([
		['"alone" as the path declined', 'I could have gone off alone for a day, but I pulled in the platform on-call.'],
		['"alone" in a comparison', 'Waking someone costs less than me going down the wrong path alone.'],
		['a metric held, not a person', 'Old-field reads had been at zero for ten days straight.'],
		['a service up until morning', 'The old cluster was up until 3 a.m., when the cutover finished.'],
		['pages on nights and weekends', 'Pages on nights and weekends fell from twelve a month to two.'],
		['a cost suffered, not endured by choice', 'I took it on after a rotation where it woke me three nights running.'],
		['the only one who knew a system', "I was the only engineer who'd worked on the router."],
		['others working weekends', 'The vendor worked weekends to hit the date.'],
		['a thing that ran all weekend', 'Staging clusters ran all weekend with nobody using them.'],
		['someone else’s weekend', 'Two candidates told our recruiter it was a whole weekend of work.'],
		['a part done myself', 'I wrote the runbook for those calls myself.'],
		['data as old as a day', 'The customer would see data up to 24 hours old.'],
		['taking over a role', 'I took over incident command from Sam.'],
		['a dependency the fix removed', "It lived only in my head, and the secondary couldn't have flipped it without me."],
		['the hard calls nobody else wanted', 'I owned the decisions nobody else wanted.'],
		['"alone" meaning "only", after "I"', 'I showed that our service alone opened 300 connections at peak.'],
		['a release carrying a change', 'The release also carried a schema change.'],
		['taking it on myself to act', 'I took it on myself to write the runbook, and Priya reviewed it.'],
		['others busy elsewhere', 'The rest of the team was stuck on another incident, so I paged the platform on-call.'],
		['a purpose, not a boast', 'I said in the channel that the rollback had not helped, so nobody else would chase it.'],
		['someone else working alone', 'After that I gave her the next consumer to design alone.'],
		['going alone declined', "Whether it had been used wasn't a question I should answer alone."],
		['someone else the only one who knew', 'Our manager let it slide, because Greg was the only one who knew the old feeds.'],
		['a day of fixed length in a bug', 'The library counted nights using a fixed 24-hour day.'],
		['each half covering its own nights', 'The EU and US halves each covered their own nights.'],
		['a mechanism not trusted on its own', "For invalidation I didn't trust TTL alone, so writes bump a version."],
	])('is not heroism: %s', (_, sentence) =>
		expect(verdicts(`I owned checkout. ${sentence} I rolled it back.`)).not.toContain('heroism'),
	);

	// Blame aimed at a person: a role or a name, then a failure told as negligence.
	it.each([
		['the new hire … without testing', 'The new hire merged the schema change without testing it, so orders failed.'],
		['a reviewer who missed it', 'Our reviewer missed the missing index entirely.'],
		['an engineer named by role', 'The on-call engineer ignored the disk alert for an hour.'],
		['the contractor who never …', 'The contractor never tested the retry path.'],
		['our DBA … without telling', 'Our DBA dropped the replica without telling anyone.'],
		['a colleague by name', 'Priya forgot to renew the certificate.'],
		['a product manager', 'The product manager skipped the load test to hit the date.'],
		['a person who kept changing things', 'The product manager kept changing the requirements every sprint.'],
		['another team, negligent', 'The data team never tested the retry path.'],
		['a vendor, negligent', 'The vendor skipped the load test.'],
	])('blame aimed at a person is raised: %s', (_, sentence) => {
		expect(verdicts(`I owned checkout. ${sentence} I rolled it back.`)).toContain('blame');
	});

	it.each([
		['a sneer at a team’s habits', 'Classic them; the data team shipped half the shards.'],
		['how they operated', 'It was a gut call from their VP, which is kind of how they operated.'],
		['not the first time', 'It was not the first time their changes had broken us.'],
		['had done his job', 'If their lead had done his job, none of this would have happened.'],
		['nobody bothered', 'Nobody on their side bothered to tell us.'],
		['he does not value', "He doesn't value reliability work."],
	])('blame told as a sneer at habits, motives or diligence is raised: %s', (_, sentence) =>
		expect(verdicts(`I owned checkout. ${sentence} I rolled it back.`)).toContain('blame'),
	);

	it.each([
		['a person as the problem', 'Honestly, she was the problem on that project.'],
		['the cause pinned on a person', 'This one comes down to the new hire on our team.'],
		['a standing judgement in the present', "Frankly he doesn't understand the systems well enough to judge them."],
		['a past one pressed home', "I don't think he even understood what the check was for."],
		['he just rubber-stamped it', 'The reviewer approved it; he just rubber-stamped it.'],
		['the speaker disowning a share', 'So really it was a process failure more than anything on my end.'],
		['a deflection of any share', "Honestly, it wasn't really on me."],
		['told you so', 'I had told them this would happen.'],
		['their doing', "The outage was entirely the vendor's doing."],
		['a process judged a joke', 'Their QA process is a joke.'],
		['a judgement of competence', 'The junior who wrote it clearly had no idea what he was doing.'],
		['a person judged useless', 'Our manager was useless during the incident.'],
		['a counterfactual pinned on others', 'If the platform team had done basic testing, none of this would have happened.'],
		['conduct judged', 'It was frankly unprofessional.'],
		['a failure told as their habit', 'Their lead promised the feed by March and, as they always do, they missed it.'],
		['a present-tense habit of others', 'They never think about what these things cost to run.'],
		['a pronoun, then a step without a test', "He'd swapped the rounding mode without a single test."],
		['QA signing off without testing', 'QA had signed off on it, as usual, without actually testing the older versions.'],
		['the cause on their side', "The root cause was on the payment processor's side."],
		['a sarcastic aside on their act', 'The warehouse team had, as usual, changed the column order.'],
		['of course nobody', 'Of course nobody on their team had written a test with punctuation.'],
		['someone who kept insisting', 'Their support engineer kept insisting nothing had changed.'],
		['typical for them', 'They never checked with us, which is pretty typical for them.'],
		['the cause pushed off our side', "I had to explain to support that it wasn't us."],
		['their work judged by its manner', "They'd scheduled the job badly."],
		['a slip told as plain to see', "He clearly hadn't tested it."],
		['their claim called flatly wrong', 'They said the job was read-only, which was just wrong.'],
		['their review should have', 'Frankly, their code review should have caught it.'],
		['a share split onto the spec', "I'd call it half on the spec."],
		['a defence of our side', 'In fairness to us, the docs said it was enforced.'],
		['praise, then but', 'The platform team are great people, but the root cause really was their change.'],
		['with the greatest respect', 'With the greatest respect, that is a checklist item they missed.'],
		['praise, then but, of a person', "He's a lovely person, but he didn't take the time."],
		['with respect, as an aside', 'It showed, with respect, that he had not read the code.'],
		['credit taken', 'My manager takes credit for the platform work.'],
		['an organisation judged', "My current company doesn't value engineering."],
		['nobody talks', 'Nobody on the business side talks to each other.'],
		['a one-word sarcastic aside', 'They pushed it without telling anybody, classic.'],
		['the root cause insisted on as theirs', 'Frankly, the root cause really was their change.'],
		['as usual before anyone asked', 'Product set the date, as usual before anyone asked engineering.'],
		['they just did not run it', "They just, I don't know, didn't run the discount scenarios."],
		['part of it pinned on the person', 'I still think part of it was that he was under a lot of pressure.'],
		['the worst vendor', 'They were honestly the worst vendor we had.'],
		['a habit of others, told with "would just"', 'Their API would just fall over during peak hours.'],
		['a joke, with a comma', 'They gave us an environment that was, frankly, a joke.'],
		['not trusted', "The platform team's Kafka setup was, let's say, not something I trusted."],
		['out of our hands', 'Honestly, a lot of it was out of our hands.'],
		['another team that never set it up', 'It happened because the SRE team never set up proper alerting.'],
		['the issue as a team not doing', 'The real issue was the other team not reading the migration guide.'],
		['their people judged careless', 'Their engineers are careless with config.'],
		['sarcasm on praise', 'We had an architect, brilliant guy, at least according to him.'],
	])('blame told as a verdict on a person is raised: %s', (_, sentence) =>
		expect(verdicts(`I owned checkout. ${sentence} I rolled it back.`)).toContain('blame'),
	);

	it.each([
		['a sloppy change in a colleague’s history', 'He had been burned by an outage that came from a sloppy config change.'],
		['"of course" said of the speaker', 'I review everything the tool writes, of course.'],
		['a step without a cost', 'She migrated the table without dropping a request.'],
		['a compound, not a verdict', 'She was the problem-solver on the team.'],
		['a role named, not a verdict', 'She is the issue tracker admin.'],
		['persistence praised', 'Priya kept pushing until the vendor fixed it.'],
		['a pronoun in an event', 'She missed the first page because her phone was on silent.'],
		['an aside on the speaker’s own act', 'We shipped it, naturally, behind a flag.'],
		['an aside on a thing', 'Of course, the dashboards lagged by a minute.'],
		['a habit praised', 'He never does anything halfway, which I admire.'],
		['fault as in fault tolerance', "The vendor's fault tolerance was excellent."],
		['an estimate told', 'I told her it would take two weeks.'],
		['a person in an event', 'She was the one who spotted the lag first.'],
		['a past gap told flat', "The on-call engineer didn't know the runbook existed."],
		['a problem, not a person', 'The real problem was the retry storm.'],
		['someone else’s theory of the cause', 'She was convinced the templating library was to blame.'],
		['a bad outcome, not a manner of work', 'Their service degraded badly under load.'],
		['our side named as the cause', "It wasn't us at first glance, but it was our retry."],
		['the speaker’s own guess wrong', 'My first guess was just wrong.'],
		['others who should have been included', 'They should have been in the design review from day one.'],
		['someone feeling blamed', 'I ask who would feel blamed by this sentence.'],
		['a root cause that was mine', 'The root cause was that I changed a pool size with no load test.'],
		['credit given', 'I took the credit question to my manager, and she named Priya in the review.'],
		['a colleague described, then but', 'Sam is a good engineer, but new to Kafka.'],
		['nobody reading a report, as a fact', 'No one reads the weekly report, so I replaced it with an alert.'],
		['a fix out of our hands, as a fact', 'The fix was out of our hands, so I set up a fallback.'],
		['a step taken to their manager', 'When we could not agree, I took both options to her manager.'],
		['a root cause named plainly', 'The root cause was their retry policy, and they fixed it in a day.'],
		['a habit praised with "would"', 'They would always ask for a runbook before taking a page.'],
		['a slip with its reason', 'He clearly had not seen the alert, since it went to an old channel.'],
		['the speaker’s own hypothesis', 'I thought the pool was to blame, and the traces showed I was wrong.'],
		['a refusal told flat', 'Leadership refused the headcount, so I cut the alerts.'],
	])('is not blame: %s', (_, sentence) =>
		expect(verdicts(`I owned checkout. ${sentence} I added a check.`)).not.toContain('blame'),
	);

	it.each([
		['a blame-free post-mortem', 'I wrote the post-mortem, blame-free, and named my own change as the cause.'],
		['a requirement changed once, told flat', 'The product manager changed the requirement in week two.'],
	])('is not blame: %s', (_, sentence) =>
		expect(verdicts(`I owned checkout. ${sentence} I added a check.`)).not.toContain('blame'),
	);

	it.each([
		['a colleague’s change told flat', 'A new engineer changed the pool size from 20 to 200.'],
		['the candidate’s share in the miss', 'The reviewer and I both missed the missing index; I had approved it.'],
		['credit to a colleague', 'Our DBA caught the lock in review.'],
		[
			'a missing step that was the candidate’s',
			'A teammate ran the backfill without the flag, because my runbook did not mention it.',
		],
		['the candidate’s own slip', 'I forgot to set the TTL.'],
		['the speaker’s own team', 'Our team missed the alert.'],
	])('is not blame: %s', (_, sentence) => {
		expect(verdicts(`I owned checkout. ${sentence} I added a check.`)).not.toContain('blame');
	});

	it.each([
		['the lesson I took', 'The lesson I took: ask for the traffic forecast.'],
		['what it taught me', 'What it taught me is to stage every config change.'],
		['ever since, I …', 'Ever since, I put a kill switch on every consumer.'],
		['since that outage, every …', 'Since that outage, every migration I write has a dry run.'],
		['a habit I have kept', 'It is a habit I have kept on every team.'],
		['these days I always', 'These days I always write the rollback first.'],
		['these days, every …', 'These days, every migration I ship has a written rollback.'],
		['I still …', 'I still ask for the row count before a delete.'],
		['what I do now', 'What I do now is wrap every new dependency in a breaker.'],
		['the thing I carry out of it', 'The thing I carry out of that one is that config is code.'],
		['my habit now', 'My habit now is a dry run before every delete.'],
		['a present habit: every month I …', 'Every month I pick two recorded sessions and score them with another interviewer.'],
		['a follow-up change told with "we"', 'Afterwards we added an alert at half the range of every sequence.'],
		['a rule kept now for a whole class', 'Any analyzer change on that team now gets replayed against real queries.'],
		['a rule kept now by the speaker', 'The cut list goes next to the estimate on day one for me now.'],
		['a present habit after "since then"', 'Since then, before I touch any alert threshold, I backtest it.'],
	])('a reflection phrased as a lesson or a habit kept since covers the last beat: %s', (_, sentence) =>
		expect(verdicts(`I owned the service. I fixed the pool. ${sentence}`)).not.toContain('no-reflection'),
	);

	it.each([
		['since then, an outcome', 'Since then the job has not failed.'],
		['ever since, an outcome', 'Ever since, the gateway has stayed up.'],
		['since I joined', 'Since I joined, the team has doubled.'],
		['a platitude for a lesson', 'The big takeaway for me is that communication is really everything.'],
		['how important it is', 'The biggest thing I learned is how important it is to communicate early.'],
		['to be more careful', 'Honestly, I think the main lesson is just to be more careful and double-check your work.'],
		['what a team can do', 'What I took away is how much you can achieve when a team is truly aligned.'],
		['advice, not a habit', 'What I learned is that communication is really important and you should always be careful.'],
		['taught me a lot', 'It taught me a lot.'],
		['a lesson with no content', 'I think everyone learned a lot about working together.'],
		['a thing that works now: a result', 'The endpoint now writes the row and returns a 202.'],
		['a measure now: a result', 'My p99 is now 40 ms, down from 300 ms.'],
		['a state, not a habit', 'Since then, the team I work with has grown to nine.'],
		['"I now had": a past', 'I now had two problems instead of one.'],
		['"I\'d sent" is a past, not a choice', "By morning every account was restored, and I'd sent an apology."],
		['a denial, not a regret', 'There was no way I could have caught it in staging.'],
		['a past habit, not a present one', 'Every night I knew the pager would go off.'],
		['an opinion, not a habit', 'Every alert matters, I think.'],
		['an outlook, not a change', 'Going forward, I see it as a core part of my toolkit.'],
		['a path not taken, then "Instead"', 'I could have patched the one handler. Instead I fixed the middleware.'],
	])('a sentence that only looks like a habit is not a reflection: %s', (_, sentence) =>
		expect(verdicts(`I owned the service. I fixed the pool. ${sentence}`)).toContain('no-reflection'),
	);

	it('takes "I could have X, but…" as a weighed alternative, not a regret', () =>
		expect(
			verdicts('I owned the gateway. I could have blocked old clients, but a third never update. Next time I would ask sooner.'),
		).not.toContain('no-trade-off'));

	const passive = (text: string) => analyzeAnswer(text).findings.find((f) => f.pitfall === 'passive-ownership');
	it.each([
		['I was assigned', 'I was assigned the queue migration and moved all 14 queues.'],
		['my manager asked me to', 'My engineering manager asked me to add a cache, and I added Redis.'],
		['I was told to', 'I was told to use the vendor tool, and I ran it on a Saturday.'],
		['the decision was made', 'The decision was made to shard, and I wrote the router.'],
	])('asks who decided when the work was handed over: %s', (_, text) => {
		const finding = passive(text);
		expect(finding?.kind).toBe('self-check');
		expect(finding?.message).toMatch(/who decided.*\?$/);
		expect(verdicts(text)).not.toContain('passive-ownership');
	});

	it('does not ask when the candidate’s own call follows the hand-over', () =>
		expect(
			passive('My manager asked me to lead the upgrade. I decided to start with the twelve smallest databases.'),
		).toBeUndefined());

	it('says where the guide explains passive ownership', () =>
		expect(GUIDE_FINDINGS['passive-ownership'].path).toBe('/long-stories/#passive-ownership'));

	it('sharpens the on-call self-check when the text says it was fine', () => {
		const text = 'Honestly, on-call was fine and the pages were manageable.';
		const check = analyzeAnswer(text).findings.find((f) => f.pitfall === 'sanitized-on-call')!;
		expect(check.message).toMatch(/^This says it was fine\./);
		expect(check.spans.map((s) => text.slice(s.start, s.end))).toEqual(['was fine', 'were manageable']);
	});

	it('asks the on-call question for an on-call prompt even when the text does not say on-call', () => {
		const text = 'I fixed the disk alerts.';
		expect(analyzeAnswer(text, { onCallPrompt: true }).findings.find((f) => f.pitfall === 'sanitized-on-call')!.message).toMatch(
			/hard stretch with a number/,
		);
		expect(analyzeAnswer(text).findings.find((f) => f.pitfall === 'sanitized-on-call')!.message).toMatch(
			/^If asked about on-call/,
		);
	});

	it('quotes the first buzzword in the over-rehearsed question', () => {
		const check = analyzeAnswer('I leveraged a holistic platform.').findings.find((f) => f.pitfall === 'over-rehearsed')!;
		expect(check.message).toMatch(/^Would you say "leveraged" out loud\?/);
		expect(check.spans).toHaveLength(2);
	});
});

describe('offsets', () => {
	it('points every sentence, quantity and span at the original text', () => {
		const text = '  We found it and we fixed it.\n\nLatency improved a lot. p99 went from 900 ms to 120 ms.  ';
		const r = analyzeAnswer(text);
		for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
		for (const q of r.quantities) expect(text.slice(q.start, q.end)).toBe(q.text);
		for (const f of r.findings) for (const s of f.spans) expect(s.end).toBeGreaterThan(s.start);
	});
});

describe('what the page lists', () => {
	const story =
		'Checkout timed out at noon, 400 times a day. I owned the fix. I added request coalescing rather than raising the TTL. Timeouts fell from 400 a day to zero. Next time I would load-test the promo path.';

	it('quotes each sentence once, even when the answer is pasted twice', () => {
		const text = `${story}\n\n${story}`;
		const result = analyzeAnswer(text);
		const quotes = beatQuotes(result);
		const quoted = Object.values(quotes)
			.flat()
			.map((i) => result.sentences[i]!.text);
		expect(quoted).toEqual([...new Set(quoted)]);
		expect(result.sentences[quotes.result[0]!]!.text).toBe('Timeouts fell from 400 a day to zero.');
	});

	it('lists each number once and caps the list with how many more there are', () => {
		const text = Array.from({ length: 30 }, (_, i) => `Errors fell to ${i + 1}% and p99 to 120 ms.`).join(' ');
		const { shown, more } = listedQuantities(analyzeAnswer(text).quantities, 12);
		expect(shown.map((q) => q.text).slice(0, 4)).toEqual(['1%', '120 ms', '2%', '3%']);
		expect([shown.length, more]).toEqual([12, 31 - 12]);
	});
});

describe('typographic quotes', () => {
	// An answer pasted from a word processor: the same words with curly apostrophes and quotes.
	const plain = 'I didn\'t page the secondary. The reviewer said "looks fine". It went way down.';
	const curly = 'I didn’t page the secondary. The reviewer said “looks fine”. It went way down.';

	it('finds the same pitfalls in both, at the same offsets', () => {
		const spans = (text: string) =>
			analyzeAnswer(text)
				.findings.filter((f) => f.kind === 'verdict')
				.map((f) => [f.pitfall, f.spans]);
		expect(spans(curly)).toEqual(spans(plain));
		expect(spans(curly).map(([p]) => p)).toContain('heroism');
	});

	it('quotes the reader’s own characters back', () => {
		const analysis = analyzeAnswer(curly);
		expect(analysis.sentences[0]!.text).toBe('I didn’t page the secondary.');
		expect(analysis.sentences.map((s) => s.text).join(' ')).toBe(curly);
	});
});
