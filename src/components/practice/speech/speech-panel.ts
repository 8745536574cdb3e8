/**
 * The spoken-answer panel, loaded by speech-hook.ts only once a recording exists. It decodes the
 * recording with the Web Audio API (in this browser, at 16 kHz, one channel), measures it with
 * src/lib/speech/silences.ts, and reads the transcript (recognized on the device, or typed) with
 * src/lib/speech/transcript.ts. Transcripts live in this module's memory only, by recording: they
 * are gone when the page is left, and never leave the browser.
 */
import { onDeviceAvailability, installOnDevice, type Phrase } from '../../../lib/speech/recognition.ts';
import { measureSpeech, type SpeechMeasure } from '../../../lib/speech/silences.ts';
import { readTranscript, transcriptText, type TranscriptReading } from '../../../lib/speech/transcript.ts';
import { clock, fillTemplate as fill, listInProse } from '../../../lib/text.ts';
import { BEATS } from '../../../schemas/ids.ts';
import { el } from '../shared/dom.ts';
import { recognizerClass } from './speech-hook.ts';
import { speechText as t } from './text.ts';

/** The rate recordings are decoded at: plenty for speech energy, a third of the work of 48 kHz. */
const DECODE_RATE = 16_000;

const measures = new WeakMap<Blob, Promise<SpeechMeasure | null>>();
/** Measures of stored recordings by id: the list redraws with fresh Blob objects from IndexedDB. */
const storedMeasures = new Map<string, Promise<SpeechMeasure | null>>();
/** What the reader has of each recording's words: recognized phrases, then whatever they typed. */
const transcripts = new WeakMap<Blob, { phrases: Phrase[] | null; typed?: string }>();
/** Decoding runs one recording at a time, so a long list of recordings never loads both cores. */
let queue: Promise<unknown> = Promise.resolve();

async function decodeAndMeasure(blob: Blob): Promise<SpeechMeasure> {
	const audio = await new OfflineAudioContext(1, 1, DECODE_RATE).decodeAudioData(await blob.arrayBuffer());
	return measureSpeech(audio.getChannelData(0), audio.sampleRate);
}

/** The measure of a recording, decoded once however often it is shown; null when it cannot be decoded. */
function measureOf(blob: Blob, key?: string): Promise<SpeechMeasure | null> {
	const known = key === undefined ? measures.get(blob) : storedMeasures.get(key);
	if (known) return known;
	const measure = queue.then(() => decodeAndMeasure(blob)).catch(() => null);
	queue = measure;
	if (key === undefined) measures.set(blob, measure);
	else storedMeasures.set(key, measure);
	return measure;
}

const seconds = (s: number) => s.toFixed(1);
const percent = (share: number) => `${Math.round(share * 100)}%`;

function spokeSentence(m: SpeechMeasure) {
	const share = m.duration > 0 ? Math.round((m.speakingSeconds / m.duration) * 100) : 0;
	return fill(t.spoke, { speaking: clock(m.speakingSeconds), total: clock(m.duration), share });
}

const silenceText = (s: SpeechMeasure['silences'][number]) =>
	fill(t.silence, { seconds: seconds(s.seconds), at: clock(s.start) });

/** The measure as the status region shows it: a sentence, the silences listed with where they fall, the shares by third. */
function measureNodes(m: SpeechMeasure): Node[] {
	const nodes: Node[] = [
		el('p', `${spokeSentence(m)} ${m.silences.length ? fill(t.silences, { n: m.silences.length }) : t.noSilence}`),
	];
	if (m.silences.length) {
		const list = el('ul', undefined, { class: 'speech-silences' });
		for (const s of m.silences)
			list.append(el('li', silenceText(s), { 'data-start': s.start.toFixed(2), 'data-end': s.end.toFixed(2) }));
		nodes.push(list);
	}
	if (m.segments.length > 1)
		nodes.push(el('p', fill(t.shareByThird, { shares: m.segments.map((s) => percent(s.share)).join(' · ') })));
	return nodes;
}

function paceSentence(reading: TranscriptReading) {
	if (reading.wordsPerMinute === null) return '';
	return reading.segmentPace.length > 1
		? fill(t.paceByThird, { wpm: reading.wordsPerMinute, thirds: reading.segmentPace.join(' · ') })
		: fill(t.pace, { wpm: reading.wordsPerMinute });
}

const fillerSentence = (reading: TranscriptReading) =>
	reading.fillers.total === 0
		? t.noFillers
		: fill(t.fillers, { list: reading.fillers.each.map((f) => `${f.filler} ${f.count}`).join(', ') });

/** What the transcript says: words and pace, fillers, the beats heard and missed, the numbers, the analyzer's findings. */
function readingNodes(reading: TranscriptReading): Node[] {
	if (reading.words === 0) return [];
	const covered = BEATS.filter((b) => reading.analysis.beats[b].covered).map((b) => t.beats[b]);
	const missing = BEATS.filter((b) => !reading.analysis.beats[b].covered).map((b) => t.beats[b]);
	const numbers = [...new Set(reading.analysis.quantities.map((q) => q.text))];
	const nodes: Node[] = [
		el('p', `${fill(t.words, { n: reading.words })} ${paceSentence(reading)}`.trim()),
		el('p', fillerSentence(reading)),
		el(
			'p',
			`${fill(t.beatsCovered, { list: listInProse(covered) || t.none })} ${missing.length ? fill(t.beatsMissing, { list: listInProse(missing) }) : ''}`.trim(),
		),
		el('p', numbers.length ? fill(t.numbers, { list: numbers.join(', ') }) : t.noNumbers),
	];
	const findings = reading.analysis.findings.filter((f) => f.kind === 'verdict');
	if (findings.length) {
		const list = el('ul');
		for (const f of findings) list.append(el('li', f.message));
		nodes.push(list);
	}
	return nodes;
}

let panels = 0;

/** One level under the heading of the section the panel sits in: h3 in the mock loop, h4 in a prompt page's recorder. */
function headingIn(slot: HTMLElement): 'h3' | 'h4' | 'h5' | 'h6' {
	const section = slot.closest('section[aria-labelledby]');
	const heading = section && document.getElementById(section.getAttribute('aria-labelledby') ?? '');
	const level = Number(/^H([1-6])$/.exec(heading?.tagName ?? '')?.[1] ?? 2);
	return `h${Math.min(6, Math.max(3, level + 1))}` as 'h3' | 'h4' | 'h5' | 'h6';
}

/** Fills `slot` with the measured recording, its transcript and the box to type or correct it. */
export async function renderPanel(slot: HTMLElement, blob: Blob, phrases: Promise<Phrase[] | null>) {
	const id = `speech-${++panels}`;
	const section = el('section', undefined, { 'aria-labelledby': `${id}-heading` });
	const status = el('div', undefined, { role: 'status', class: 'speech-measure' });
	status.append(el('p', t.measuring));
	const transcribeLine = el('p', '', { class: 'speech-transcribe' });
	const box = el('textarea', undefined, { id: `${id}-words`, rows: '4' });
	const reading = el('div', undefined, { class: 'speech-reading' });
	section.append(
		el(headingIn(slot), t.heading, { id: `${id}-heading` }),
		status,
		transcribeLine,
		el('label', t.transcriptLabel, { for: box.id }),
		box,
		reading,
	);
	slot.replaceChildren(section);

	const [measure, heard, onDevice] = await Promise.all([measureOf(blob), phrases, onDeviceAvailability(recognizerClass())]);
	status.replaceChildren(...(measure ? measureNodes(measure) : [el('p', t.cannotDecode)]));
	const kept: { phrases: Phrase[] | null; typed?: string } = { phrases: heard && heard.length ? heard : null };
	transcripts.set(blob, kept);
	if (kept.phrases) {
		transcribeLine.textContent = t.transcribed;
		box.value = transcriptText(kept.phrases);
	} else if (onDevice === 'downloadable') {
		transcribeLine.textContent = `${t.canDownload} `;
		const download = el('button', t.download, { type: 'button' });
		download.addEventListener('click', async () => {
			download.disabled = true;
			transcribeLine.setAttribute('role', 'status');
			transcribeLine.replaceChildren(t.downloading);
			transcribeLine.textContent = (await installOnDevice(recognizerClass())) ? t.downloaded : t.downloadFailed;
		});
		transcribeLine.append(download);
	} else transcribeLine.textContent = t.cannotTranscribe;

	const show = () => {
		const typed = kept.phrases && box.value === transcriptText(kept.phrases) ? kept.phrases : box.value;
		if (typeof typed === 'string') kept.typed = typed;
		reading.replaceChildren(...readingNodes(readTranscript(typed, measure)));
	};
	let wait: ReturnType<typeof setTimeout> | undefined;
	box.addEventListener('input', () => {
		clearTimeout(wait);
		wait = setTimeout(show, 300); // read once the reader pauses, not on every key
	});
	show();
}

/**
 * Appends one line measuring `blob` (and reading its transcript, when there is one) to
 * `container`; `key` names a stored recording, so that a redrawn list is not decoded again.
 */
export async function renderLine(container: HTMLElement, blob: Blob, key?: string) {
	const line = el('p', t.measuring, { class: 'speech-line' });
	container.append(line);
	const measure = await measureOf(blob, key);
	if (!measure) {
		line.textContent = t.cannotDecode;
		return;
	}
	const silences = measure.silences.length
		? `${fill(t.silences, { n: measure.silences.length })} ${measure.silences.map(silenceText).join(', ')}.`
		: t.noSilence;
	const kept = transcripts.get(blob);
	const words = kept?.typed ?? kept?.phrases;
	const reading = words && words.length ? readTranscript(words, measure) : null;
	line.textContent = [
		spokeSentence(measure),
		silences,
		reading ? paceSentence(reading) : '',
		reading ? fillerSentence(reading) : '',
	]
		.filter(Boolean)
		.join(' ');
}
