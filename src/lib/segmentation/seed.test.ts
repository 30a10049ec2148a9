import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentSentences, splitUtterances } from './index';

const seedPath = resolve(process.cwd(), '../shared/seed/000_b1d121bcdf4529b4.txt');
const seed = readFileSync(seedPath, 'utf8');

/** The seed article's sentences as a careful human reader splits them. */
const expectedSentences = [
	"Is Washington Building a 'Coalition of the Willing' Against Venezuela?",
	'Unpacking Policy Signals, History, and Regional Consequences',
	'A developing story in Washington centers on discussions to form a multi-country coalition to pressure Venezuela, echoing historical uses of the phrase during past interventions.',
	'Analysts warn that while such coalitions can amplify pressure, they raise questions about legality, sovereignty, humanitarian impact, and regional diplomacy, demanding rigorous oversight and accountability.',
	'AI Journalist: Marcus Williams',
	'Investigative political correspondent with deep expertise in government accountability, policy analysis, and democratic institutions.',
	"View Journalist's Editorial Perspective",
	'"You are Marcus Williams, an investigative AI journalist covering politics and governance.',
	'Your reporting emphasizes transparency, accountability, and democratic processes.',
	'Focus on: policy implications, institutional analysis, voting patterns, and civic engagement.',
	'Write with authoritative tone, emphasize factual accuracy, and maintain strict political neutrality while holding power accountable."',
	'Listen to Article',
	'Click play to generate audio',
	'Washington is quietly weighing a new variant of a familiar playbook: assembling a coalition of the willing to confront the Maduro regime in Venezuela.',
	'The conversations, described by multiple officials and policy observers as preliminary and non-binding, are taking place in the corridors of the White House, in congressional briefings, and across allied capitals in Europe and Latin America.',
	'The aim, according to sources familiar with the discussions, is to coordinate sanctions, diplomatic isolation, and potentially targeted non-military measures to push Caracas toward negotiated governance reforms.',
	'The timing is notable.',
	'As Venezuela faces renewed economic sanctions pressure and mounting domestic criticism, some policymakers argue that a formal, clearly defined coalition could provide greater legitimacy and resilience for a coercive diplomacy strategy.',
	'Others warn that rushing into a broad coalition risks replaying a controversial chapter of U.S. foreign policy without clear humanitarian or legal safeguards.',
	'Historical memory colors the current debate.',
	'The term coalition of the willing gained notoriety during the Iraq War, when Washington mobilized a mix of formal allies and informal partners to support military action.',
	'In policy circles, the phrase has since been used to describe coalitions assembled for sanctions, intelligence sharing, or security partnerships outside the framework of a formal United Nations mandate.',
	'Critics argue that such coalitions can undercut international law, erode public legitimacy, and entangle partner countries in unintended consequences.',
	'Proponents, meanwhile, say the model can broaden diplomatic space and compel more robust responses from regimes that otherwise resist unilateral pressure.',
	'The current Venezuelan context has rekindled that debate: is the aim coercive diplomacy with broad consent, or a pressure campaign that bypasses multilateral processes?',
	'Early evidence points to exploratory, not entry-into-action, stage.',
	'The analysis published by outlets like Naked Capitalism highlights ongoing discussions about coordinating sanctions regimes, information-sharing, and political messaging with a broader set of allies.',
	'No formal declaration or treaty framework has been announced, and U.S. officials have stressed that any next steps would require careful coordination with regional partners and adherance to domestic and international law.',
	'European and Latin American diplomats have expressed caution, emphasizing the need for accountability, credible political objectives, and transparency about humanitarian safeguards before any expansion of sanctions or external pressure.',
	'In short, the story remains in the planning room rather than the field.',
	'The Venezuelan government has, for its part, condemned external coercion and urged respect for sovereignty and dialogue.',
	'Caracas argues that external pressure risks deepening economic hardship for ordinary Venezuelans and could undermine efforts to pursue constitutional reforms through domestic channels.',
	'In regional forums, several Latin American governments have signaled preference for multilateral engagement—via regional organizations and the United Nations—over ad hoc coalitions that could be perceived as external regime-change efforts.',
	'A few governments have called for targeted sanctions that focus on corruption networks and illicit financial flows, while others warn against measures that could destabilize political and economic life, potentially fueling backlash against civilian populations.',
	'Such divergent views illustrate a regional spectrum from advocacy of inclusive diplomacy to skepticism about external leverage—each with implications for how any coalition would be designed and justified.',
	'From a legal and governance perspective, experts urge a rigorous assessment of legality, proportionality, and the humanitarian impact.',
	'International-law scholars emphasize that sanctions and coercive diplomacy must respect proportionality, avoid collective punishment of civilians, and be framed within credible mechanisms for oversight and review.',
	'They also point to the risk that a high-profile coalition could become a tool for political signaling rather than a concrete policy pathway, complicating efforts at dialogue with Maduro’s government and with regional actors who seek to balance pressure with engagement.',
	'Human-rights advocacy groups caution that the most devastating effects of sanctions often fall on ordinary people, especially in a volatile oil-exporting country where public services are already strained.',
	'The call is for transparent cost-benefit analyses, independent monitoring, and explicit sunset or reevaluation clauses to prevent mission creep.',
	'Economically and strategically, the potential coalition would carry both pressure and risk.',
	'Venezuela’s oil sector remains a central lever in any price and supply calculations for the region, and sanctions can have ripple effects on energy markets, inflation, and investment climates in neighboring countries.',
	'The possibility that the United States would coordinate with European allies and regional partners could also reshape the calculus of Venezuela’s partners, including Russia and China, which have invested in economic and energy ties with Caracas.',
	'While some analysts argue that a broad coalition could enhance bargaining leverage and create a clear, shared objective—an enforceable agreement for political reforms—others warn that it could entrench antagonism, complicate diplomatic channels, and provoke counter-coercive moves from regime supporters abroad.',
	'The balance between legitimate statecraft and escalation is a delicate one, and the question of who bears responsibility for unintended consequences becomes central.',
	'An important component of this reporting is the demand for accountability and transparency.',
	'Investigative voices stress the need for independent scrutiny of any coalition-building process: who participates, what thresholds trigger action, what legal authorities are invoked, and how civilian protections are safeguarded.',
	'Legislators and watchdog groups will likely push for public disclosures, cost analyses, and performance metrics to evaluate whether the coalition’s actions advance stated objectives without undermining democratic norms or regional stability.',
	'Civil-society voices across the Americas have long argued that multisector dialogues, not merely coercive tools, are essential for sustainable governance in Venezuela and the wider Western Hemisphere.',
	'Journalistic scrutiny, congressional oversight, and open diplomacy should therefore accompany any formal steps toward coalition-building, lest tactical applause for pressure masquerade as strategic progress.',
	'Looking ahead, several plausible trajectories emerge.',
	'One scenario envisions a tightly scoped coalition, anchored in targeted sanctions, visa restrictions, and anti-corruption measures, accompanied by a parallel push for sustained diplomatic engagement with regional partners.',
	'A second, more ambitious path could see a broader, formalized group of countries endorsing a unified strategy with clear timeframes and explicit governance reforms as the objective.',
	'A third outcome is a cautious stasis, where discussions reveal deep-seated disagreements about legitimacy, strategy, and the humanitarian footprint, stalling progress and forcing a return to existing multilateral channels through bodies like the Organization of American States or the United Nations.',
	'Across these scenarios, the common thread is the need for rigorous oversight, transparent objectives, and a robust debate about whether coercive diplomacy serves the ends of democracy and human welfare or simply fuels political theater and regional tensions.',
	'As this story develops, a sober appraisal of risks, benefits, and alternatives will be essential for journalists, policymakers, and the public alike to hold power to account and to ensure that any action—if it moves forward—reflects a commitment to legality, proportionality, and the protection of civilians.'
];

describe('the seed article', () => {
	const sentences = segmentSentences(seed, 'en');

	it('segments into the sentences a careful reader would agree with', () => {
		expect(sentences.map((sentence) => sentence.text)).toEqual(expectedSentences);
	});

	it('gives offsets that point at each sentence in the file', () => {
		for (const sentence of sentences) {
			expect(seed.slice(sentence.start, sentence.end)).toBe(sentence.text);
		}
	});

	it('keeps abbreviations, names and dashes inside their sentences', () => {
		const texts = sentences.map((sentence) => sentence.text);
		expect(texts.some((text) => text.includes('chapter of U.S. foreign policy'))).toBe(true);
		expect(texts.some((text) => text.includes('and U.S. officials have stressed'))).toBe(true);
		expect(texts.some((text) => text.includes('Maduro’s government'))).toBe(true);
		expect(
			texts.some((text) =>
				text.includes('—via regional organizations and the United Nations—over ad hoc')
			)
		).toBe(true);
		expect(texts.some((text) => text.includes('anchored in targeted sanctions'))).toBe(true);
	});

	it('splits every sentence into utterances of at most 200 characters', () => {
		for (const sentence of sentences) {
			for (const utterance of splitUtterances(sentence.text)) {
				expect(utterance.text.length).toBeLessThanOrEqual(200);
			}
		}
	});
});
