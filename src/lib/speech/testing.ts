/**
 * Test helpers shared by the player's tests and the reliability tests: a small article with
 * sections, scenarios, a long sentence and an ampersand, and functions that drive a fake clock until
 * something happens. Pure: no Svelte, no DOM.
 */
import { parseArticle } from '../content/parse';
import { buildScript, type Script } from '../content/script';
import { segmentArticle } from '../content/segment';
import type { FakeClock } from './clock';

/** A small article exercising what the player must handle. */
export const testArticleSource = `---
slug: test-article
headline: A test headline
author: Ada Tester
authorRole: Reporter
lang: en
---
## First section

One short sentence. A second sentence follows it. Salt & pepper are on the table.

## Second section

This sentence is long on purpose, because a voice must never run for more than about twelve seconds in one utterance, so the player has to cut it at a clause boundary, and then carry on with the rest of it, without losing the listener's place or skipping any of its words at all. Then a short one.

## Third section

Before the scenarios.

::: scenarios
### Scenario 1: The first way
It goes one way. Then it stops.

### Scenario 2: The second way
It goes another way.
:::

## Last section

The end is near. The very last sentence.
`;

/** The test article's script. */
export function testScript(): Script {
	return buildScript(segmentArticle(parseArticle(testArticleSource, 'test-article.md')));
}

/** A script with `sentences` sentences of `wordsPerSentence` words, in sections of 20 sentences. */
export function generatedScriptSource(sentences: number, wordsPerSentence = 16): string {
	const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel'];
	const parts = ['---', 'headline: A generated article', 'lang: en', '---'];
	for (let i = 0; i < sentences; i++) {
		if (i % 20 === 0) parts.push('', `## Section ${i / 20 + 1}`, '');
		const sentence = Array.from({ length: wordsPerSentence }, (_, w) => words[(i + w) % 8]).join(
			' '
		);
		parts.push(`${sentence[0]!.toUpperCase()}${sentence.slice(1)} number ${i + 1}.`);
	}
	return parts.join('\n');
}

/** Advances `clock` in steps of `stepMs` until `done()` holds; throws after `limitMs`. */
export function advanceUntil(
	clock: FakeClock,
	done: () => boolean,
	{ stepMs = 10, limitMs = 10 * 60_000 }: { stepMs?: number; limitMs?: number } = {}
): void {
	const until = clock.now() + limitMs;
	while (!done()) {
		if (clock.now() >= until) throw new Error(`condition not reached within ${limitMs} ms`);
		clock.advance(stepMs);
	}
}

/** Lets pending promise callbacks (storage reads and writes) run. */
export async function settle(): Promise<void> {
	for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
