/**
 * Scenarios inside an imported paragraph: an article that lays out alternative futures in running
 * prose ("Looking ahead, several plausible trajectories emerge. One scenario envisions … A second,
 * more ambitious path could … A third outcome is … Across these scenarios, …") gets them as
 * scenarios a listener can reach by name, as a bundled article's editor would mark them. Found only
 * from explicit ordinals ("One scenario", "A second …", "In another, …", "Scenario 3:") or words
 * judging one alternative against the others ("The worst-case scenario", "A more hopeful path"),
 * where they are named as possible futures (scenario, path, outcome, trajectory, the worst case …;
 * "option" or "possibility" alone is a recipe's or a fault-finder's word too), in English; the
 * sentences before the first stay an introduction and a sentence looking back over them ("Across
 * these scenarios") starts a conclusion. Nothing is reworded: the paragraph's text is only cut
 * between sentences. Pure: no Svelte, no DOM.
 */
import { segmentSentences } from '../segmentation/index';

/** A paragraph cut into the scenarios it lays out. */
export interface ScenarioSplit {
	/** The text before the first scenario, if any. */
	intro: string | null;
	/** Each scenario's text, in order (at least two). */
	scenarios: string[];
	/** The text after the last scenario, if any. */
	outro: string | null;
}

/** Words that name one of several alternatives, singular and plural (one table for every pattern). */
const alternativeWords: [singular: string, plural: string][] = [
	['scenario', 'scenarios'],
	['path', 'paths'],
	['pathway', 'pathways'],
	['outcome', 'outcomes'],
	['possibility', 'possibilities'],
	['option', 'options'],
	['trajectory', 'trajectories'],
	['future', 'futures'],
	['route', 'routes']
];
const alternative = `(?:${alternativeWords.map(([one]) => one).join('|')})`;
const alternativesPlural = `(?:${alternativeWords.map(([, many]) => many).join('|')})`;
/** The words of the table that name possible futures, unlike "option" or "possibility" (a how-to's too). */
const futures = alternativeWords.filter(([one]) =>
	['scenario', 'path', 'pathway', 'outcome', 'trajectory', 'future'].includes(one)
);
/** Possible futures named: "one scenario", "several trajectories", "the worst case". */
const futuresNamed = new RegExp(
	String.raw`\b(?:${futures.flat().join('|')}|(?:best|worst|base)[\s-]+case)\b`,
	'i'
);
/** Several possible futures introduced, as before a list of them: "three possible outcomes:". */
const futuresIntroduced = new RegExp(
	String.raw`\b(?:${futures.map(([, many]) => many).join('|')})\b`,
	'i'
);
const ordinalWords = ['first', 'second', 'third', 'fourth', 'fifth'];
const numberWords = ['one', 'two', 'three', 'four', 'five'];
const letters = ['A', 'B', 'C', 'D', 'E'];

/** Words that judge one alternative against the others: "the worst-case scenario", "a hopeful path". */
const qualities = `
	best worst likeliest likely probable plausible optimistic pessimistic hopeful
	rosy rosier rosiest bleak bleaker bleakest grim grimmer grimmest dark darker
	darkest bright brighter brightest benign dire middle middle-ground intermediate
	moderate cautious ambitious radical base central bull bear
`
	.trim()
	.split(/\s+/)
	.join('|');
/** "In …", "Under …", "With …" before an alternative: "In one scenario", "Under the second". */
const way = String.raw`(?:(?:In|Under|With)\s+)?`;
/**
 * A sentence opening an alternative without counting it: "The worst-case scenario …", "In the best
 * case, …", "A more hopeful path …", "The most likely outcome …", "A final possibility …".
 */
const judgedStart = String.raw`${way}(?:the|a|an)\s+(?:(?:(?:more|most|less|least)\s+[\p{L}-]+|final|last|(?:even|still|far)\s+(?:${qualities})|${qualities})(?:[\s-]+case)?[\s-]+(?:${alternative}|case)\b)`;

/** How the sentence opening the `n`th scenario (1-based) begins. */
const scenarioStarts = ordinalWords.map((ordinal, i) => {
	const n = i + 1;
	const ordinalOpening = String.raw`(?:(?:In|Under|With)\s+(?:the|a|an)\s+|(?:A|An|The)\s+)?${ordinal}(?:ly)?\b`;
	const first = n === 1 ? String.raw`|${way}One\s+(?:[\p{L}-]+\s+)?${alternative}\b` : '';
	const another =
		n === 2
			? String.raw`|${way}(?:Another|An\s+alternative)\s+(?:[\p{L}-]+\s+)?${alternative}\b|(?:In|Under)\s+another\b|Another\s+(?:is|would|could|might|may|sees|envisions|involves)\b`
			: '';
	return new RegExp(
		String.raw`^["“‘(]?(?:${ordinalOpening}${first}${another}|${judgedStart})`,
		'iu'
	);
});

/** A sentence that looks back over all the scenarios, opening the conclusion. */
const lookingBack = new RegExp(
	String.raw`^["“‘(]?(?:Across|Whichever|Whatever|Either\s+way|In\s+(?:any|every|each|all|both|either)\s+(?:case|cases|event)|Neither|All\s+(?:two|three|four|five)|Each\s+of\s+(?:these|them|the))\b|\b(?:these|all|both|each\s+of\s+the)\s+(?:(?:two|three|four|five)\s+)?${alternativesPlural}\b`,
	'iu'
);

/** The scenarios `text` lays out, or null when it does not lay out two or more. */
export function findScenarios(text: string, lang: string): ScenarioSplit | null {
	if (!/^en\b/i.test(lang) || !futuresNamed.test(text)) return null;
	const sentences = segmentSentences(text, lang);
	const starts: number[] = [];
	for (let i = 0; i < sentences.length && starts.length < scenarioStarts.length; i++) {
		const sentence = sentences[i]!.text;
		const number = starts.length + 1;
		if (opensScenario(sentence, number)) starts.push(i);
	}
	if (starts.length < 2) return null;
	const first = starts[0]!;
	// Possible futures must be named where they begin: "several trajectories emerge. One scenario
	// …" (not only options or possibilities: a recipe's ways to serve, a fault's likely causes).
	const opening = `${sentences[first - 1]?.text ?? ''} ${sentences[first]!.text}`;
	if (!futuresNamed.test(opening)) return null;
	let end = sentences.length;
	for (let i = starts[starts.length - 1]! + 1; i < sentences.length; i++) {
		if (lookingBack.test(sentences[i]!.text)) {
			end = i;
			break;
		}
	}
	const cut = (from: number, to: number): string =>
		text.slice(sentences[from]!.start, sentences[to - 1]!.end);
	return {
		intro: first > 0 ? cut(0, first) : null,
		scenarios: starts.map((start, i) => cut(start, starts[i + 1] ?? end)),
		outro: end < sentences.length ? cut(end, sentences.length) : null
	};
}

/**
 * Whether `text` opens the `number`th (1-based) of several alternatives: "The second scenario …",
 * "Another possibility is …", "The worst case …", "Scenario 2: …". Only its opening is read.
 */
export function opensScenario(text: string, number: number): boolean {
	const start = scenarioStarts[number - 1];
	return !!start && (start.test(text) || scenarioLabel(text)?.number === number);
}

/**
 * Whether `text` introduces several possible futures, as the sentence before a list of them does:
 * "Three scenarios stand out:", "Analysts see several possible outcomes."
 */
export function introducesAlternatives(text: string): boolean {
	return futuresIntroduced.test(text);
}

/** Whether `text` names possible futures ("several trajectories", "one scenario", "the worst case"). */
export function namesFutures(text: string): boolean {
	return futuresNamed.test(text);
}

/** "Scenario 2: …", "Scenario B —", "Scenario two." at the start of a heading or paragraph. */
const ownLabel =
	/^["“‘(]?[Ss]cenario\s+(\d{1,2}|[A-E]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)(?=[\s:.,;—–-]|$)[\s:.,;—–-]*/;

/** The number a text's own scenario label gives it, and the text after the label; null without one. */
export function scenarioLabel(text: string): { number: number; rest: string } | null {
	const match = ownLabel.exec(text);
	if (!match) return null;
	const value = match[1]!;
	const number = /^\d/.test(value)
		? Number(value)
		: value.length === 1
			? letters.indexOf(value) + 1
			: numberWords.indexOf(value.toLowerCase()) + 1;
	return { number, rest: text.slice(match[0].length) };
}
