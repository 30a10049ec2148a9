/** The seed article as the user gave it, read from ../shared for verbatim checks. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const seedPath = resolve(process.cwd(), '../shared/seed/000_b1d121bcdf4529b4.txt');
const lines = readFileSync(seedPath, 'utf8').split('\n');

export const seed = {
	headline: lines[0]!,
	dek: lines[1]!,
	byline: lines[2]!,
	bio: lines[3]!,
	perspective: lines[5]!,
	paragraphs: lines.slice(8).filter((line) => line.trim() !== '')
};

export const seedPath_ = seedPath;
export const seedUrl = '/articles/coalition-of-the-willing-venezuela';

export const sectionHeadings = [
	'The story',
	'The history of the phrase',
	'Where things stand',
	'Caracas and the region',
	'Law and humanitarian impact',
	'Economic and strategic stakes',
	'Accountability',
	'Looking ahead'
];

export const scenarioHeadings = [
	'Scenario 1: A tightly scoped coalition',
	'Scenario 2: A broader, formalized coalition',
	'Scenario 3: A cautious stasis'
];
