/**
 * Hark's text segmentation: sentences a voice can speak and a listener can follow.
 *
 * Design. `segmentSentences` first splits the text into blocks at hard breaks (blank lines,
 * headings, list items; a single line break inside a hard-wrapped paragraph is a soft wrap read as
 * a space). Each block goes through `Intl.Segmenter` (granularity "sentence", in the text's
 * language) in bounded windows, because Node 20's segmenter slows down on long strings. A single
 * linear pass then corrects the proposed boundaries using only the word before and the word after
 * each one: abbreviations and titles (U.S., Dr., a.m., No. 5, Jan. 5) and initials join, unless a
 * common sentence starter follows; names such as Yahoo! and quoted questions followed by an
 * attribution ("Why?" she asked) join; boundaries inside tokens (URLs, e-mail addresses) and
 * before lower-case words join. The abbreviation lists are data in `abbreviations.ts`.
 *
 * `splitUtterances` cuts a long sentence into pieces short enough for a speech engine, at clause
 * boundaries first; `toSpokenText` rewrites shown text into the text a voice should read and maps
 * offsets in the spoken text (word-boundary events) back to the shown text.
 *
 * Pure TypeScript with relative imports only: no DOM, no Svelte, no path aliases.
 */

export { segmentSentences, type Sentence } from './sentences';
export { splitUtterances, type Utterance, type UtteranceOptions } from './utterances';
export { toSpokenText, type SpokenReplacement, type SpokenText, type PatternSpec } from './spoken';
export { abbreviationsFor, type AbbreviationKind, type AbbreviationTable } from './abbreviations';
