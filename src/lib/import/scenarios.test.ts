import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findScenarios } from './scenarios';

const seedLast = readFileSync(
	resolve(process.cwd(), '../shared/seed/000_b1d121bcdf4529b4.txt'),
	'utf8'
)
	.split('\n')
	.filter((line) => line.trim() !== '')
	.at(-1)!;

describe('scenarios laid out in a paragraph', () => {
	it('finds the seed’s three scenarios, with its introduction and conclusion, cutting nothing else', () => {
		const split = findScenarios(seedLast, 'en')!;
		expect(split.intro).toBe('Looking ahead, several plausible trajectories emerge.');
		expect(split.scenarios.map((s) => s.slice(0, 40))).toEqual([
			'One scenario envisions a tightly scoped ',
			'A second, more ambitious path could see ',
			'A third outcome is a cautious stasis, wh'
		]);
		expect(split.outro!.startsWith('Across these scenarios, the common thread')).toBe(true);
		expect([split.intro, ...split.scenarios, split.outro].join(' ')).toBe(seedLast);
	});

	it.each([
		[
			'numbered scenarios, the last running to the end',
			'Analysts see two scenarios. Scenario 1: talks resume in spring. Scenario 2: talks collapse. That would hurt exports.',
			{
				intro: 'Analysts see two scenarios.',
				scenarios: [
					'Scenario 1: talks resume in spring.',
					'Scenario 2: talks collapse. That would hurt exports.'
				],
				outro: null
			}
		],
		[
			'ordinals with "another", several sentences each, and a conclusion',
			'There are three possible outcomes. The first outcome is a deal. It would calm markets. Another possibility is delay. A third path is collapse. In any case, prices will rise.',
			{
				intro: 'There are three possible outcomes.',
				scenarios: [
					'The first outcome is a deal. It would calm markets.',
					'Another possibility is delay.',
					'A third path is collapse.'
				],
				outro: 'In any case, prices will rise.'
			}
		],
		[
			'"In the first …, In the second …" with a looking-back conclusion',
			'Three scenarios seem plausible. In the first, talks resume. In the second, they stall. In the third, sanctions return. All three scenarios carry risks.',
			{
				intro: 'Three scenarios seem plausible.',
				scenarios: [
					'In the first, talks resume.',
					'In the second, they stall.',
					'In the third, sanctions return.'
				],
				outro: 'All three scenarios carry risks.'
			}
		],
		[
			'"In one scenario …, In another …, In a third …"',
			'Three futures are possible. In one scenario, talks resume. In another, they stall for years. In a third, sanctions return.',
			{
				intro: 'Three futures are possible.',
				scenarios: [
					'In one scenario, talks resume.',
					'In another, they stall for years.',
					'In a third, sanctions return.'
				],
				outro: null
			}
		],
		[
			'best and worst cases, with a conclusion',
			'Two outcomes seem likely. The best-case scenario is a deal by May. In the worst case, war follows. Neither case is certain.',
			{
				intro: 'Two outcomes seem likely.',
				scenarios: ['The best-case scenario is a deal by May.', 'In the worst case, war follows.'],
				outro: 'Neither case is certain.'
			}
		],
		[
			'"One possibility …, Another is …, A final possibility …"',
			'Three outcomes remain possible. One possibility is a deal. Another is delay. A final possibility is collapse.',
			{
				intro: 'Three outcomes remain possible.',
				scenarios: [
					'One possibility is a deal.',
					'Another is delay.',
					'A final possibility is collapse.'
				],
				outro: null
			}
		],
		[
			'alternatives judged against each other: "the most likely …", "a more pessimistic …"',
			'Analysts sketch the paths ahead. The most likely outcome is a slow thaw. A more pessimistic scenario sees talks collapse.',
			{
				intro: 'Analysts sketch the paths ahead.',
				scenarios: [
					'The most likely outcome is a slow thaw.',
					'A more pessimistic scenario sees talks collapse.'
				],
				outro: null
			}
		]
	])('%s', (_, text, expected) => {
		expect(findScenarios(text, 'en')).toEqual(expected);
	});

	it.each([
		['steps of a recipe', 'First, heat the oven. Second, mix the flour. Third, bake it.'],
		['only one alternative', 'One scenario is a deal. Nothing else is likely.'],
		['ordinals out of order', 'A second option is delay. One option is a deal.'],
		['no words naming alternatives', 'One man came. A second man left.'],
		[
			'ways to serve a dish',
			'There are several ways to serve it. One option is to ladle it over rice. A second option is to pile it on toast. A third option is to eat it cold.'
		],
		[
			'likely causes of a fault',
			'The battery drains overnight. One possibility is that the laptop never sleeps. Another possibility is a failing cell. A third possibility is an app that wakes it.'
		],
		['one judged alternative', 'Options are few. The best option is to wait. Nobody agrees.'],
		[
			'a path that is not an alternative',
			'The path to peace is long. The road is hard. Another is near.'
		],
		['another language', 'Un scénario prévoit un accord. Un second scénario prévoit un échec.']
	])('finds none in %s', (_, text) => {
		expect(findScenarios(text, text.startsWith('Un ') ? 'fr' : 'en')).toBeNull();
	});
});
