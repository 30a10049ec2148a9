import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from './index';

/** A paragraph of a probe set (fixtures/probes/README.md) and the sentences it should split into. */
interface ProbeParagraph {
	file: string;
	lang: string;
	text: string;
	sentences: string[];
}

const root = resolve(process.cwd(), 'src/lib/segmentation/fixtures/probes');

function readProbes(): ProbeParagraph[] {
	const paragraphs: ProbeParagraph[] = [];
	for (const set of ['a', 'b', 'c', 'd', 'e', 'f', 'g'])
		for (const name of readdirSync(join(root, set)).sort()) {
			const file = `${set}/${name}`;
			const source = readFileSync(join(root, file), 'utf8');
			for (const block of source.split(/\n\s*\n/)) {
				let lines = block.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('//'));
				let separator = ' ';
				let lang = 'en';
				while (lines[0]?.startsWith('#')) {
					if (lines[0] === '#raw') separator = '\n';
					else if (lines[0].startsWith('#lang ')) lang = lines[0].slice(6).trim();
					lines = lines.slice(1);
				}
				if (lines.length === 0) continue;
				// "⏎" is a line break inside a sentence (a hard-wrapped text), read as a space.
				paragraphs.push({
					file,
					lang,
					text: lines.map((l) => l.replaceAll('⏎', '\n')).join(separator),
					sentences: lines.map((l) => l.replaceAll('⏎', ' ').trim())
				});
			}
		}
	return paragraphs;
}

/**
 * Paragraphs Hark still splits differently, by their first words: each needs knowledge a local
 * rule does not have (is "China" after "the U.S." a new subject or a name going on?), or is a
 * convention Hark keeps elsewhere. A paragraph missing here that Hark gets wrong is a regression.
 */
const knownMisses = readFileSync(join(root, 'known-misses.txt'), 'utf8')
	.split('\n')
	.map((line) => line.trimEnd())
	.filter((line) => line !== '');

// A line break in the opening is written "⏎", as in the probe files.
const opening = (text: string) => text.slice(0, 60).replaceAll('\n', '⏎').trimEnd();

describe('segmentSentences on the probe sets', () => {
	const probes = readProbes();
	const misses = probes.filter((paragraph) => {
		const got = segmentSentences(paragraph.text, paragraph.lang).map((s) =>
			s.text.replace(/\n/g, ' ')
		);
		return JSON.stringify(got) !== JSON.stringify(paragraph.sentences);
	});

	it('holds over 5,000 sentences', () => {
		expect(probes.reduce((sum, p) => sum + p.sentences.length, 0)).toBeGreaterThan(5000);
	});

	it('gets every paragraph right except the known misses', () => {
		const unexpected = misses
			.filter((paragraph) => !knownMisses.includes(opening(paragraph.text)))
			.map((paragraph) => ({
				file: paragraph.file,
				expected: paragraph.sentences,
				got: segmentSentences(paragraph.text, paragraph.lang).map((s) => s.text.replace(/\n/g, ' '))
			}));
		expect(unexpected).toEqual([]);
	});

	it('lists no known miss that Hark now gets right', () => {
		const missed = new Set(misses.map((paragraph) => opening(paragraph.text)));
		expect(knownMisses.filter((key) => !missed.has(key))).toEqual([]);
	});
});
