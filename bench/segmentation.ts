/**
 * Sentence segmentation benchmark: throughput (MB/s) on a ≥ 1 MB corpus and boundary
 * precision/recall/F1 on the labelled paragraphs (which Hark's rules were tuned on) and on the
 * held-out paragraphs (written apart from them, to estimate accuracy on unseen prose), for Hark's
 * segmenter, plain Intl.Segmenter and sbd, measured in the same run. Run with `npx tsx bench/segmentation.ts`.
 *
 * Each segmenter is timed in a fresh child process (one after the other, same corpus), because
 * in one shared process each run pays for the previous one's garbage and malloc fragmentation:
 * the segmenter that runs right after Intl.Segmenter's per-paragraph loop comes out up to twice
 * as slow. `runSegmentationBench({ isolate: false })` measures in-process instead.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sbd from 'sbd';
import { scoreSplitter, type BoundaryScore } from '../src/lib/segmentation/evaluation';
import { allHeldOutParagraphs as heldOutParagraphs } from '../src/lib/segmentation/fixtures/held-out';
import {
	labelledParagraphs,
	paragraphText,
	type LabelledParagraph
} from '../src/lib/segmentation/fixtures/labelled';
import { segmentSentences } from '../src/lib/segmentation/index';

/** The segmenters compared. */
export type SegmenterName = 'hark' | 'intl' | 'sbd';

/** Timing of one segmenter on the corpus. */
export interface SegmenterTiming {
	/** Median throughput in MB (10^6 bytes of UTF-8) per second of wall-clock time. */
	mbPerSecond: number;
	/** Median throughput per second of process CPU time (steadier when the CPU is shared). */
	cpuMbPerSecond: number;
	/** Median wall-clock time to segment the whole corpus, in milliseconds. */
	medianMs: number;
	/** Median process CPU time to segment the whole corpus, in milliseconds. */
	medianCpuMs: number;
	/** Sentences found in the corpus. */
	sentences: number;
}

/** Timing and boundary accuracy of one segmenter. */
export type SegmenterFigures = SegmenterTiming & BoundaryScore;

/** Everything `runSegmentationBench` measures. */
export interface SegmentationBenchResult {
	corpusBytes: number;
	corpusParagraphs: number;
	runs: number;
	/** True when each segmenter was timed in its own child process. */
	isolated: boolean;
	hark: SegmenterFigures;
	intl: SegmenterFigures;
	sbd: SegmenterFigures;
	/** Boundary scores on the held-out paragraphs (not part of the timing corpus). */
	heldOut: Record<SegmenterName, BoundaryScore>;
	/** Hark's median wall-clock throughput divided by plain Intl.Segmenter's (goal: ≥ 0.75). */
	throughputRatioToIntl: number;
	/** The same ratio in process CPU time. */
	cpuThroughputRatioToIntl: number;
	/**
	 * When isolated: the wall-clock ratio measured again with all three interleaved in this one
	 * process (order effects included), for comparison.
	 */
	sharedProcessThroughputRatioToIntl?: number;
}

/** Options for `runSegmentationBench`. */
export interface SegmentationBenchOptions {
	/** Corpus size in UTF-8 bytes (default 1 MiB). */
	targetBytes?: number;
	/** Timed runs per segmenter after two warm-up runs; the median is reported (default 9). */
	runs?: number;
	/** Time each segmenter in a fresh child process (default true). */
	isolate?: boolean;
}

const names: readonly SegmenterName[] = ['hark', 'intl', 'sbd'];
const seedPath = resolve(process.cwd(), '../shared/seed/000_b1d121bcdf4529b4.txt');
const paragraphBreak = /\n\s*\n|\n/;
const measureFlag = '--measure-segmenter';

/** A varied prose corpus: labelled paragraphs and seed lines, shuffled and repeated. */
export function buildCorpus(targetBytes: number): { text: string; paragraphs: number } {
	const pool = labelledParagraphs.map(paragraphText);
	try {
		pool.push(
			...readFileSync(seedPath, 'utf8')
				.split('\n')
				.filter((line) => line.trim())
		);
	} catch {
		// The seed lives outside the repository; the labelled set alone is varied enough.
	}
	const random = mulberry32(20240603);
	const chosen: string[] = [];
	let bytes = 0;
	while (bytes < targetBytes) {
		const shuffled = [...pool];
		for (let i = shuffled.length - 1; i > 0; i--) {
			const j = Math.floor(random() * (i + 1));
			[shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
		}
		for (const paragraph of shuffled) {
			chosen.push(paragraph);
			bytes += Buffer.byteLength(paragraph) + 2;
			if (bytes >= targetBytes) break;
		}
	}
	return { text: chosen.join('\n\n'), paragraphs: chosen.length };
}

function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const segmenters = new Map<string, Intl.Segmenter>();
function intlSegmenter(lang: string): Intl.Segmenter {
	let segmenter = segmenters.get(lang);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
		segmenters.set(lang, segmenter);
	}
	return segmenter;
}

/** Plain Intl.Segmenter: one pass per paragraph (a whole 1 MB string is quadratic on Node 20). */
function plainIntlSentences(text: string, lang = 'en'): string[] {
	const segmenter = intlSegmenter(lang);
	const sentences: string[] = [];
	for (const paragraph of text.split(paragraphBreak)) {
		for (const segment of segmenter.segment(paragraph)) {
			const sentence = segment.segment.trim();
			if (sentence) sentences.push(sentence);
		}
	}
	return sentences;
}

/** sbd, one call per paragraph like the Intl baseline. */
function sbdSentences(text: string): string[] {
	const sentences: string[] = [];
	for (const paragraph of text.split(paragraphBreak)) {
		for (const sentence of sbd.sentences(paragraph)) sentences.push(sentence);
	}
	return sentences;
}

const corpusSplitters: Record<SegmenterName, (corpus: string) => number> = {
	hark: (corpus) => segmentSentences(corpus, 'en').length,
	intl: (corpus) => plainIntlSentences(corpus).length,
	sbd: (corpus) => sbdSentences(corpus).length
};

const median = (values: readonly number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] as number;
};

/** Times `names` on `corpus` in this process, interleaving their runs. */
function timeInProcess(
	corpus: string,
	selected: readonly SegmenterName[],
	runs: number
): Partial<Record<SegmenterName, SegmenterTiming>> {
	const wall: Record<SegmenterName, number[]> = { hark: [], intl: [], sbd: [] };
	const cpu: Record<SegmenterName, number[]> = { hark: [], intl: [], sbd: [] };
	const counts: Record<SegmenterName, number> = { hark: 0, intl: 0, sbd: 0 };
	for (let warmUp = 0; warmUp < 2; warmUp++) {
		for (const name of selected) counts[name] = corpusSplitters[name](corpus);
	}
	for (let run = 0; run < runs; run++) {
		for (let i = 0; i < selected.length; i++) {
			const name = selected[(run + i) % selected.length] as SegmenterName;
			const cpuStarted = process.cpuUsage();
			const started = performance.now();
			corpusSplitters[name](corpus);
			wall[name].push(performance.now() - started);
			const used = process.cpuUsage(cpuStarted);
			cpu[name].push((used.user + used.system) / 1000);
		}
	}
	const megabytes = Buffer.byteLength(corpus) / 1e6;
	const timings: Partial<Record<SegmenterName, SegmenterTiming>> = {};
	for (const name of selected) {
		const medianMs = median(wall[name]);
		const medianCpuMs = median(cpu[name]);
		timings[name] = {
			medianMs,
			medianCpuMs,
			mbPerSecond: megabytes / (medianMs / 1000),
			cpuMbPerSecond: megabytes / (medianCpuMs / 1000),
			sentences: counts[name]
		};
	}
	return timings;
}

/** Times one segmenter in a fresh child process running this file. */
function timeInChild(name: SegmenterName, targetBytes: number, runs: number): SegmenterTiming {
	const child = spawnSync(
		process.execPath,
		[
			...process.execArgv,
			fileURLToPath(import.meta.url),
			measureFlag,
			name,
			`${targetBytes}`,
			`${runs}`
		],
		{ encoding: 'utf8', maxBuffer: 1 << 20 }
	);
	const line = child.stdout?.trim().split('\n').at(-1);
	if (child.status !== 0 || !line) {
		throw new Error(`Timing ${name} failed: ${child.stderr || child.error?.message}`);
	}
	return JSON.parse(line) as SegmenterTiming;
}

/** Measures throughput and boundary accuracy of Hark, plain Intl.Segmenter and sbd. */
export function runSegmentationBench(
	options: SegmentationBenchOptions = {}
): SegmentationBenchResult {
	const runs = Math.max(1, options.runs ?? 9);
	const targetBytes = options.targetBytes ?? 1 << 20;
	const isolated = options.isolate ?? true;
	const corpus = buildCorpus(targetBytes);
	const timings = isolated
		? Object.fromEntries(names.map((name) => [name, timeInChild(name, targetBytes, runs)]))
		: timeInProcess(corpus.text, names, runs);
	const scoresOn = (
		paragraphs: readonly LabelledParagraph[]
	): Record<SegmenterName, BoundaryScore> => ({
		hark: scoreSplitter(paragraphs, (text, lang) =>
			segmentSentences(text, lang).map((sentence) => sentence.text)
		),
		intl: scoreSplitter(paragraphs, plainIntlSentences),
		sbd: scoreSplitter(paragraphs, (text) => sbdSentences(text))
	});
	const scores = scoresOn(labelledParagraphs);
	const heldOut = scoresOn(heldOutParagraphs);
	const figures = (name: SegmenterName): SegmenterFigures => ({
		...(timings[name] as SegmenterTiming),
		...scores[name]
	});
	const hark = figures('hark');
	const intl = figures('intl');
	let sharedProcessThroughputRatioToIntl: number | undefined;
	if (isolated) {
		const shared = timeInProcess(corpus.text, names, runs);
		sharedProcessThroughputRatioToIntl =
			(shared.hark as SegmenterTiming).mbPerSecond / (shared.intl as SegmenterTiming).mbPerSecond;
	}
	return {
		corpusBytes: Buffer.byteLength(corpus.text),
		corpusParagraphs: corpus.paragraphs,
		runs,
		isolated,
		hark,
		intl,
		sbd: figures('sbd'),
		heldOut,
		throughputRatioToIntl: hark.mbPerSecond / intl.mbPerSecond,
		cpuThroughputRatioToIntl: hark.cpuMbPerSecond / intl.cpuMbPerSecond,
		sharedProcessThroughputRatioToIntl
	};
}

function printTable(result: SegmentationBenchResult): void {
	const rows = names.map((name) => {
		const figures = result[name];
		return {
			segmenter: { hark: 'Hark', intl: 'Intl.Segmenter', sbd: 'sbd' }[name],
			'MB/s': figures.mbPerSecond.toFixed(2),
			'MB/s (CPU time)': figures.cpuMbPerSecond.toFixed(2),
			sentences: figures.sentences,
			precision: figures.precision.toFixed(3),
			recall: figures.recall.toFixed(3),
			F1: figures.f1.toFixed(3),
			'paragraphs right': `${(figures.paragraphAccuracy * 100).toFixed(1)}%`
		};
	});
	console.log(
		`Corpus: ${(result.corpusBytes / 1e6).toFixed(2)} MB, ${result.corpusParagraphs} paragraphs; ` +
			`medians of ${result.runs} runs${result.isolated ? ', one process per segmenter' : ''}. ` +
			`Accuracy: ${result.hark.paragraphs} labelled paragraphs.`
	);
	console.table(rows);
	console.log(`Held-out set: ${result.heldOut.hark.paragraphs} paragraphs.`);
	console.table(
		names.map((name) => {
			const score = result.heldOut[name];
			return {
				segmenter: { hark: 'Hark', intl: 'Intl.Segmenter', sbd: 'sbd' }[name],
				precision: score.precision.toFixed(3),
				recall: score.recall.toFixed(3),
				F1: score.f1.toFixed(3),
				'paragraphs right': `${(score.paragraphAccuracy * 100).toFixed(1)}%`
			};
		})
	);
	console.log(
		`Hark / Intl.Segmenter throughput: ${result.throughputRatioToIntl.toFixed(2)}× ` +
			`(CPU time ${result.cpuThroughputRatioToIntl.toFixed(2)}×)`
	);
	if (result.sharedProcessThroughputRatioToIntl !== undefined) {
		console.log(
			`Same ratio with all three interleaved in one process: ` +
				`${result.sharedProcessThroughputRatioToIntl.toFixed(2)}× (each run also pays for ` +
				`the previous one's garbage and malloc state)`
		);
	}
}

const [, script, flag, name, targetBytes, runs] = process.argv;
if (script && resolve(script) === fileURLToPath(import.meta.url)) {
	if (flag === measureFlag && names.includes(name as SegmenterName)) {
		const corpus = buildCorpus(Number(targetBytes));
		const timing = timeInProcess(corpus.text, [name as SegmenterName], Number(runs));
		console.log(JSON.stringify(timing[name as SegmenterName]));
	} else {
		printTable(runSegmentationBench());
	}
}
