/**
 * A spoken answer's words, read together with its measured audio: the analyzer's reading (beats,
 * pronouns, numbers, length), the filler words, and the pace in words a minute over the whole
 * answer and in each of its segments. Pure, no DOM.
 *
 * Pace per segment uses the time each final phrase arrived, which trails the words by a moment;
 * a phrase counts in the segment it arrived in. A typed transcript has no times, so its pace is
 * the whole answer's only.
 */
import { analyzeAnswer, type Analysis } from '../analyzer.ts';
import { countWords } from '../text.ts';
import { countFillers, type FillerCount } from './fillers.ts';
import type { Phrase } from './recognition.ts';
import type { SpeechMeasure } from './silences.ts';

/** What a transcript adds to a measured recording. */
export interface TranscriptReading {
	text: string;
	words: number;
	/** Words over the whole recording's length, or null without a recording length. */
	wordsPerMinute: number | null;
	/** Words a minute in each of the measure's segments; empty when the phrases carry no times. */
	segmentPace: number[];
	fillers: FillerCount;
	analysis: Analysis;
}

/** The phrases as one text, each a sentence (recognizers rarely punctuate, the analyzer reads sentences). */
export function transcriptText(phrases: readonly Phrase[]): string {
	return phrases
		.map((p) => p.text.trim())
		.filter(Boolean)
		.map((t) => (/[.!?]$/.test(t) ? t : `${t}.`))
		.map((t) => t[0]!.toUpperCase() + t.slice(1))
		.join(' ');
}

const perMinute = (words: number, seconds: number) => (seconds > 0 ? Math.round((words / seconds) * 60) : 0);

/** Reads a transcript (recognized `phrases`, or typed text) against the recording's measure. */
export function readTranscript(
	transcript: readonly Phrase[] | string,
	measure: Pick<SpeechMeasure, 'duration' | 'segments'> | null,
): TranscriptReading {
	const text = typeof transcript === 'string' ? transcript : transcriptText(transcript);
	const words = countWords(text);
	const segmentPace =
		typeof transcript === 'string' || !measure
			? []
			: measure.segments.map((segment, i) => {
					const last = i === measure.segments.length - 1;
					const inside = transcript.filter((p) => p.at >= segment.start && (last ? true : p.at < segment.end));
					return perMinute(
						inside.reduce((sum, p) => sum + countWords(p.text), 0),
						segment.end - segment.start,
					);
				});
	return {
		text,
		words,
		wordsPerMinute: measure && measure.duration > 0 ? perMinute(words, measure.duration) : null,
		segmentPace,
		fillers: countFillers(text),
		analysis: analyzeAnswer(text),
	};
}
