import { describe, expect, it } from 'vitest';
import { scoreSplitter } from './evaluation';
import { labelledParagraphs, paragraphText, type LabelledParagraph } from './fixtures/labelled';
import { segmentSentences } from './index';

const sentenceTexts = (text: string, lang?: string) =>
	segmentSentences(text, lang).map((sentence) => sentence.text);

const byCategory = new Map<string, LabelledParagraph[]>();
for (const paragraph of labelledParagraphs) {
	const list = byCategory.get(paragraph.category) ?? [];
	list.push(paragraph);
	byCategory.set(paragraph.category, list);
}

describe('segmentSentences on the labelled paragraphs', () => {
	for (const [category, paragraphs] of byCategory) {
		describe(category, () => {
			it.each(paragraphs.map((paragraph) => [paragraphText(paragraph), paragraph] as const))(
				'%j',
				(text, paragraph) => {
					expect(sentenceTexts(text, paragraph.lang)).toEqual(paragraph.sentences);
				}
			);
		});
	}

	it('scores boundary F1 ≥ 0.98 and ≥ 85% of paragraphs exactly right', () => {
		const score = scoreSplitter(labelledParagraphs, sentenceTexts);
		expect(score.f1).toBeGreaterThanOrEqual(0.98);
		expect(score.paragraphAccuracy).toBeGreaterThanOrEqual(0.85);
	});

	it('beats plain Intl.Segmenter on the same paragraphs', () => {
		const plain = (text: string, lang: string) =>
			[...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)]
				.map((segment) => segment.segment.trim())
				.filter((sentence) => sentence !== '');
		const ours = scoreSplitter(labelledParagraphs, sentenceTexts);
		expect(ours.f1).toBeGreaterThan(scoreSplitter(labelledParagraphs, plain).f1);
	});
});

describe('segmentSentences offsets', () => {
	it('returns trimmed sentences whose text is the input slice', () => {
		const text = '  Dr. Lee spoke first.   Then the mayor spoke.\n\n  Questions followed.  ';
		const sentences = segmentSentences(text);
		expect(sentences.map((sentence) => sentence.text)).toEqual([
			'Dr. Lee spoke first.',
			'Then the mayor spoke.',
			'Questions followed.'
		]);
		for (const sentence of sentences) {
			expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
		}
		expect(sentences[0]?.start).toBe(2);
	});

	it('returns no sentences for empty or blank text', () => {
		expect(segmentSentences('')).toEqual([]);
		expect(segmentSentences(' \n\t\n ')).toEqual([]);
	});

	it('keeps soft-wrapped line breaks inside the sentence text', () => {
		const text =
			'The bridge was closed for repairs that were expected to last until the\nend of the month. Drivers used the ferry.';
		expect(sentenceTexts(text)).toEqual([
			'The bridge was closed for repairs that were expected to last until the\nend of the month.',
			'Drivers used the ferry.'
		]);
	});

	it('treats a line break after a short title-like line as a boundary', () => {
		expect(sentenceTexts('Overview\nThe agency was created in 1970.')).toEqual([
			'Overview',
			'The agency was created in 1970.'
		]);
	});

	it('treats one paragraph per line as separate paragraphs', () => {
		const text = `${'The first paragraph is long enough to be a whole paragraph on its own line, and it does not end with a full stop because the writer forgot'.repeat(2)}\nThe second paragraph starts here.`;
		expect(sentenceTexts(text)).toHaveLength(2);
	});

	it('segments a paragraph longer than one Intl.Segmenter window the same as its parts', () => {
		const sentence = 'The U.S. Senate met at 10 a.m. Tuesday, and Dr. Ortiz testified. ';
		const text = sentence.repeat(120).trim();
		const sentences = segmentSentences(text);
		expect(sentences).toHaveLength(120);
		expect(new Set(sentences.map((s) => s.text))).toEqual(new Set([sentence.trim()]));
	});

	it('falls back to Intl.Segmenter for an unknown or invalid language tag', () => {
		expect(sentenceTexts('One. Two.', 'xx')).toEqual(['One.', 'Two.']);
		expect(sentenceTexts('One. Two.', 'not a tag!')).toEqual(['One.', 'Two.']);
	});

	it('segments Japanese, which has no spaces between sentences', () => {
		const japanese = '東京は晴れです。大阪は雨です。';
		expect(sentenceTexts(japanese, 'ja')).toEqual(['東京は晴れです。', '大阪は雨です。']);
	});

	it('moves a boundary Intl puts after an opening bracket to before it', () => {
		expect(sentenceTexts('彼は言った。（本当だ）', 'ja')).toEqual(['彼は言った。', '（本当だ）']);
	});
});

describe('segmentSentences on patterns found by the held-out set', () => {
	const table: [string, string, string[]][] = [
		// Inline numbered lists are one sentence; numbers that merely end sentences are not a list.
		[
			'en',
			'Winners: 1. Kenya, 2. Ethiopia, 3. Uganda. The race was close.',
			['Winners: 1. Kenya, 2. Ethiopia, 3. Uganda.', 'The race was close.']
		],
		[
			'en',
			'Steps: 1. Remove the lid. 2. Pour the water. 3. Stir.',
			['Steps: 1. Remove the lid.', '2. Pour the water.', '3. Stir.']
		],
		[
			'en',
			'The score was 2. Then it rose to 3. Finally it was 4.',
			['The score was 2.', 'Then it rose to 3.', 'Finally it was 4.']
		],
		// Lettered items after a full stop start a sentence even though they are lower-case.
		[
			'en',
			'The law (see § 12(a)) applies. (c) Exceptions are listed below.',
			['The law (see § 12(a)) applies.', '(c) Exceptions are listed below.']
		],
		// A space left out after a sentence, but not inside tokens and names.
		[
			'en',
			'I loved it!Highly recommended. Five stars.',
			['I loved it!', 'Highly recommended.', 'Five stars.']
		],
		['en', 'Check out Yahoo!Finance for quotes.', ['Check out Yahoo!Finance for quotes.']],
		[
			'en',
			'He moved to the U.S. (He was 12.) It rained at 8 p.m. (1451 GMT) on Monday.',
			['He moved to the U.S.', '(He was 12.)', 'It rained at 8 p.m. (1451 GMT) on Monday.']
		],
		[
			'en',
			'It closed in 2019.The site is now a park. Install v2.0.Beta builds with care.',
			['It closed in 2019.', 'The site is now a park.', 'Install v2.0.Beta builds with care.']
		],
		[
			'en',
			'Contact jane.doe@example.com or see https://example.com/Docs/Index.Html today.',
			['Contact jane.doe@example.com or see https://example.com/Docs/Index.Html today.']
		],
		// Citation markers after the full stop stay with their sentence.
		[
			'en',
			'He was born in 1950.[1][2] His father was a miner.',
			['He was born in 1950.[1][2]', 'His father was a miner.']
		],
		[
			'en',
			'She won in 2020.[citation needed] The next year she lost.',
			['She won in 2020.[citation needed]', 'The next year she lost.']
		],
		// Emoji after the closing punctuation belong to the sentence before; © is no emoji.
		['en', 'Thanks so much! 😊 See you soon!', ['Thanks so much! 😊', 'See you soon!']],
		['en', 'Thanks so much 😊 See you soon.', ['Thanks so much 😊 See you soon.']],
		['en', 'All rights reserved. © 2024 Hark Ltd.', ['All rights reserved.', '© 2024 Hark Ltd.']],
		// German ordinals and spaced abbreviations; a sentence starter after a number still splits.
		[
			'de',
			'Am 1. Mai ist Feiertag. Die Läden sind zu.',
			['Am 1. Mai ist Feiertag.', 'Die Läden sind zu.']
		],
		[
			'de',
			'Er belegte Platz 3. Das Rennen war hart.',
			['Er belegte Platz 3.', 'Das Rennen war hart.']
		],
		['de', 'Wir kaufen z. B. Brot. Dann gehen wir.', ['Wir kaufen z. B. Brot.', 'Dann gehen wir.']],
		// French spaced closing quotes; Spanish dialogue dashes; "EE. UU.".
		['fr', '« Vraiment ? » Elle hésita. « Oui. »', ['« Vraiment ? »', 'Elle hésita.', '« Oui. »']],
		['fr', '« Tu viens ? » demanda-t-elle.', ['« Tu viens ? » demanda-t-elle.']],
		['es', '¿Vienes? —preguntó Luis. —Sí, voy.', ['¿Vienes? —preguntó Luis.', '—Sí, voy.']],
		[
			'es',
			'Vive en EE. UU. La familia está en México.',
			['Vive en EE. UU.', 'La familia está en México.']
		],
		// A bare ? or ! before a lower-case word ends the sentence unless an attribution follows;
		// a capitalised pronoun after a quoted question starts a new one.
		['en', 'What a day! we finally won the cup.', ['What a day!', 'we finally won the cup.']],
		[
			'en',
			'Was it a dream? she wondered. The room was dark.',
			['Was it a dream? she wondered.', 'The room was dark.']
		],
		['en', 'Yahoo! shares fell 3% on Monday.', ['Yahoo! shares fell 3% on Monday.']],
		// A word that is also a title with "!" (OK!, Hello!) ends a sentence before a capital.
		['en', 'Is it OK?! Fine.', ['Is it OK?!', 'Fine.']],
		['en', 'Hey! Stop that at once.', ['Hey!', 'Stop that at once.']],
		['en', 'Oliver! Come here.', ['Oliver!', 'Come here.']],
		['en', 'She starred in Oklahoma! on Broadway.', ['She starred in Oklahoma! on Broadway.']],
		// A dash without spaces joins words: the abbreviation after it is still read as one.
		[
			'en',
			'The bill—H.R. 1—passed the House. The Senate is next.',
			['The bill—H.R. 1—passed the House.', 'The Senate is next.']
		],
		[
			'en',
			'It was the end of a long day—Gen. Smith said so. Then he left.',
			['It was the end of a long day—Gen. Smith said so.', 'Then he left.']
		],
		['en', 'They waited—and waited. Nothing came.', ['They waited—and waited.', 'Nothing came.']],
		// A citation after a quotation belongs to its sentence; a parenthesised sentence does not.
		[
			'en',
			'"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55). Others disagree.',
			['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).', 'Others disagree.']
		],
		[
			'en',
			'He called it "the end of an era." (Jones 2004, p. 12). Nobody agreed.',
			['He called it "the end of an era." (Jones 2004, p. 12).', 'Nobody agreed.']
		],
		[
			'en',
			'We left early. (It was late). Nobody minded.',
			['We left early.', '(It was late).', 'Nobody minded.']
		],
		[
			'en',
			'It rained all day. (See the chart below.) Then it stopped.',
			['It rained all day.', '(See the chart below.)', 'Then it stopped.']
		],
		[
			'en',
			'"Really?" She laughed. "You must be joking."',
			['"Really?"', 'She laughed.', '"You must be joking."']
		],
		['en', '"Really?" Tom asked.', ['"Really?" Tom asked.']],
		// Attributions with an aside, two names, an adverb, a passive or a phrase for a verb.
		...[
			'"Why?" Smith, 45, asked.',
			'"Is it fair?" Rep. Maria Salazar, R-Fla., asked at the hearing.',
			'"Is it safe?" Dr. Fauci was asked.',
			'"Now?" Smith and Jones asked almost in unison.',
			'"Why now?" Sen. Howard Baker famously asked.',
			'"Really?" Rivera shot back.',
			'"Why not us?" Democrats ask.',
			'"Is he dead?" I whispered.',
			'‘Why?’ I asked my mother.'
		].map((text): [string, string, string[]] => [
			'en',
			`${text} Nobody answered.`,
			[text, 'Nobody answered.']
		]),
		['en', '"Why not?" I said nothing.', ['"Why not?"', 'I said nothing.']],
		[
			'en',
			'The funds were earmarked for Terminal B. Passengers will see the changes. Take Vitamin D. Doctors agree.',
			[
				'The funds were earmarked for Terminal B.',
				'Passengers will see the changes.',
				'Take Vitamin D.',
				'Doctors agree.'
			]
		],
		[
			'en',
			'Prices rose in the U.S. Separately, China cut rates. It was made in the U.S. Doctors were worried.',
			[
				'Prices rose in the U.S.',
				'Separately, China cut rates.',
				'It was made in the U.S.',
				'Doctors were worried.'
			]
		],
		// After "U.S.", "U.K.": a name with lower-case text after it is a new subject; a word the
		// initialism qualifies, or a run of capitalised words, goes on.
		[
			'en',
			'Tariffs hit goods made in the U.S. China announced a reply. Sales fell in the U.K. Germany and France did better.',
			[
				'Tariffs hit goods made in the U.S.',
				'China announced a reply.',
				'Sales fell in the U.K.',
				'Germany and France did better.'
			]
		],
		[
			'en',
			"The U.S. Senate voted. The U.S. Attorney's office declined. U.S. Steel said no. U.S. Central Command struck. The U.N. Secretary-General spoke. The U.S. Chamber of Commerce objected.",
			[
				'The U.S. Senate voted.',
				"The U.S. Attorney's office declined.",
				'U.S. Steel said no.',
				'U.S. Central Command struck.',
				'The U.N. Secretary-General spoke.',
				'The U.S. Chamber of Commerce objected.'
			]
		],
		[
			'en',
			'T.S. Eliot wrote it. The L.A. Times ran it. The U.S.S. Enterprise sailed.',
			['T.S. Eliot wrote it.', 'The L.A. Times ran it.', 'The U.S.S. Enterprise sailed.']
		],
		// A surname that is also a sentence starter after a middle initial; a city's quadrant.
		[
			'en',
			'Theresa M. May resigned. George F. Will wrote it. He liked plan B. May was warm.',
			['Theresa M. May resigned.', 'George F. Will wrote it.', 'He liked plan B.', 'May was warm.']
		],
		[
			'en',
			'It is at 1600 Pennsylvania Ave. NW in Washington. It moved to 12 Elm Ave. Nobody minded.',
			[
				'It is at 1600 Pennsylvania Ave. NW in Washington.',
				'It moved to 12 Elm Ave.',
				'Nobody minded.'
			]
		],
		[
			'de',
			'Sitz ist die Müller GmbH & Co. KG. Die Firma liegt in der Hauptstr. 5 in Ulm. Das ist alles.',
			[
				'Sitz ist die Müller GmbH & Co. KG.',
				'Die Firma liegt in der Hauptstr. 5 in Ulm.',
				'Das ist alles.'
			]
		],
		// Titles of Nigerian, Canadian and British English; labels and currencies before numbers.
		[
			'en',
			'Engr. Bola Akande spoke. Coun. Maria Tavares agreed. Lt-Gen. Thabo Mahlangu came. It cost Ksh. 50,000 (cf. Fig. S2). It rained.',
			[
				'Engr. Bola Akande spoke.',
				'Coun. Maria Tavares agreed.',
				'Lt-Gen. Thabo Mahlangu came.',
				'It cost Ksh. 50,000 (cf. Fig. S2).',
				'It rained.'
			]
		],
		// A quotation trailing off: a new sentence after it, unless its attribution follows.
		[
			'en',
			'"If we\'d left when I said…" She didn\'t finish. "I said…" John whispered. "I said..." Ann whispered.',
			[
				'"If we\'d left when I said…"',
				"She didn't finish.",
				'"I said…" John whispered.',
				'"I said..." Ann whispered.'
			]
		],
		// Titles and abbreviations of other languages, and Turkish ordinals.
		[
			'pl',
			'Mszę odprawił ks. Piotr Zieliński na pl. Zamkowym o godz. 12. Przyszło ok. 5 tys. osób, np. Anna.',
			[
				'Mszę odprawił ks. Piotr Zieliński na pl. Zamkowym o godz. 12.',
				'Przyszło ok. 5 tys. osób, np. Anna.'
			]
		],
		[
			'cs',
			'Operaci provedl MUDr. Jan Novák. Stála 2,4 mld. Kč, např. Praha platila.',
			['Operaci provedl MUDr. Jan Novák.', 'Stála 2,4 mld. Kč, např. Praha platila.']
		],
		[
			'da',
			'Det gælder f.eks. Aarhus, jf. § 3, stk. 2. Skt. Petri Kirke ligger her.',
			['Det gælder f.eks. Aarhus, jf. § 3, stk. 2.', 'Skt. Petri Kirke ligger her.']
		],
		[
			'tr',
			"Türkiye, 2. Dünya Savaşı'nda tarafsız kaldı. Doç. Dr. Mehmet Kaya konuştu. Takım 5. Bu iyi.",
			[
				"Türkiye, 2. Dünya Savaşı'nda tarafsız kaldı.",
				'Doç. Dr. Mehmet Kaya konuştu.',
				'Takım 5.',
				'Bu iyi.'
			]
		],
		// Text written without capitals; an era after a year; a life's dates.
		[
			'en',
			"mine's a bosch, about 4 years old. it beeps three times. approx. five times a day. any ideas?",
			[
				"mine's a bosch, about 4 years old.",
				'it beeps three times. approx. five times a day.',
				'any ideas?'
			]
		],
		[
			'en',
			'Caesar was killed in 44 B.C. Octavius was his heir. In 44 B.C. Caesar died. He ruled from A.D. 14 on.',
			[
				'Caesar was killed in 44 B.C.',
				'Octavius was his heir.',
				'In 44 B.C. Caesar died.',
				'He ruled from A.D. 14 on.'
			]
		],
		[
			'en',
			'WHITCOMBE, Eleanor (b. 1887, Bath; d. 1962, London), botanist. Br. Anselm is 34. The shares fell 3 sen. Trading was quiet.',
			[
				'WHITCOMBE, Eleanor (b. 1887, Bath; d. 1962, London), botanist.',
				'Br. Anselm is 34.',
				'The shares fell 3 sen.',
				'Trading was quiet.'
			]
		],
		[
			'ru',
			'Пушкин родился в 1799 г. Его отец жил в г. Москва.',
			['Пушкин родился в 1799 г.', 'Его отец жил в г. Москва.']
		],
		['hi', 'इसकी लागत 2.5 करोड़ रु. है। डॉ. शर्मा आए।', ['इसकी लागत 2.5 करोड़ रु. है।', 'डॉ. शर्मा आए।']],
		[
			'ja',
			'「本当に？」と彼女は聞き返した。私はうなずいた。',
			['「本当に？」と彼女は聞き返した。', '私はうなずいた。']
		],
		// A quotation its speaker already introduced: the names after it start a new sentence.
		[
			'en',
			'He asked, "Why me?" Doctors said there was no good answer.',
			['He asked, "Why me?"', 'Doctors said there was no good answer.']
		],
		[
			'en',
			'The crowd chanted "Lock her up!" Trump said nothing.',
			['The crowd chanted "Lock her up!"', 'Trump said nothing.']
		],
		// Datelines, dotted places naming things, company names, name suffixes.
		[
			'en',
			'PORTLAND, Ore. — A wildfire spread on Sunday. Nobody was hurt.',
			['PORTLAND, Ore. — A wildfire spread on Sunday.', 'Nobody was hurt.']
		],
		[
			'en',
			'The D.C. Circuit heard arguments. The N.Y. Post first reported it.',
			['The D.C. Circuit heard arguments.', 'The N.Y. Post first reported it.']
		],
		[
			'en',
			'The hearing was held in Washington, D.C. Democrats boycotted it.',
			['The hearing was held in Washington, D.C.', 'Democrats boycotted it.']
		],
		[
			'en',
			'Samsung Electronics Co. Ltd. reported a loss. Warner Bros. Discovery Inc. did not. Microsoft Corp. Co-founder Bill Gates spoke.',
			[
				'Samsung Electronics Co. Ltd. reported a loss.',
				'Warner Bros. Discovery Inc. did not.',
				'Microsoft Corp. Co-founder Bill Gates spoke.'
			]
		],
		[
			'en',
			'The campaign is run by Robert F. Kennedy Jr. Kennedy has never held office.',
			['The campaign is run by Robert F. Kennedy Jr.', 'Kennedy has never held office.']
		],
		[
			'en',
			'The town of Millbrook, pop. 2,300, sits in a valley. The show airs at 9 p.m. Sundays.',
			['The town of Millbrook, pop. 2,300, sits in a valley.', 'The show airs at 9 p.m. Sundays.']
		],
		// Abbreviations the tables lacked.
		[
			'en',
			'Martin Luther King Jr. Day is a federal holiday.',
			['Martin Luther King Jr. Day is a federal holiday.']
		],
		[
			'en',
			'Call ext. 4412 for help. We are open late.',
			['Call ext. 4412 for help.', 'We are open late.']
		],
		[
			'de',
			'Der Umsatz stieg auf 4,5 Mrd. Euro. Das ist ein Rekord.',
			['Der Umsatz stieg auf 4,5 Mrd. Euro.', 'Das ist ein Rekord.']
		],
		['fr', 'César meurt en 44 av. J.-C. à Rome.', ['César meurt en 44 av. J.-C. à Rome.']],
		[
			'es',
			'La reunión es a las 10 a. m. La sala está en el segundo piso.',
			['La reunión es a las 10 a. m.', 'La sala está en el segundo piso.']
		],
		['es', 'El precio es aprox. 20 euros.', ['El precio es aprox. 20 euros.']],
		// All-caps headlines: only a function word starts a sentence after an abbreviation.
		[
			'en',
			'U.S. STOCKS TUMBLE AS INFLATION FEARS RETURN',
			['U.S. STOCKS TUMBLE AS INFLATION FEARS RETURN']
		],
		[
			'en',
			'BREAKING: U.S. OFFICIALS CONFIRM STRIKE. MORE TO FOLLOW.',
			['BREAKING: U.S. OFFICIALS CONFIRM STRIKE.', 'MORE TO FOLLOW.']
		],
		['en', 'LAKERS VS. CELTICS: WHO WINS?', ['LAKERS VS. CELTICS: WHO WINS?']],
		['en', 'MEET AT 5 P.M. THE DOORS CLOSE AT 6.', ['MEET AT 5 P.M.', 'THE DOORS CLOSE AT 6.']],
		[
			'en',
			'Sales rose in the U.S. Officials expect more.',
			['Sales rose in the U.S.', 'Officials expect more.']
		],
		[
			'en',
			'This was shown earlier (Smith et al. 2020). Later work agreed.',
			['This was shown earlier (Smith et al. 2020).', 'Later work agreed.']
		],
		[
			'en',
			'Asst. Prof. Jane Doe leads the lab. Use max. 20 g of salt.',
			['Asst. Prof. Jane Doe leads the lab.', 'Use max. 20 g of salt.']
		],
		[
			'de',
			'„Das ist z. B. ein Problem“, sagte Dr. med. Hans Weber.',
			['„Das ist z. B. ein Problem“, sagte Dr. med. Hans Weber.']
		],
		[
			'fr',
			'Il y avait env. 300 personnes. La salle était pleine.',
			['Il y avait env. 300 personnes.', 'La salle était pleine.']
		],
		['es', 'El Gral. Pérez llegó ayer. Hoy habló.', ['El Gral. Pérez llegó ayer.', 'Hoy habló.']],
		// Interrupted dialogue and stammers.
		['en', '“I don’t—” “Don’t what?”', ['“I don’t—”', '“Don’t what?”']],
		[
			'en',
			'I… I don’t know what to say. W-we... We should go.',
			['I… I don’t know what to say.', 'W-we... We should go.']
		],
		['en', 'He waited… Nobody came.', ['He waited…', 'Nobody came.']],
		// Number words and sentence adverbs start sentences after an abbreviation; ranks do not.
		[
			'en',
			'Three stores closed in the U.S. Unfortunately, more will follow.',
			['Three stores closed in the U.S.', 'Unfortunately, more will follow.']
		],
		[
			'en',
			'Sales grew in the U.K. Two regions lagged.',
			['Sales grew in the U.K.', 'Two regions lagged.']
		],
		// A number that closes a bracket opened before the full stop is no sentence.
		[
			'en',
			'See Doe v. Roe (9th Cir. 1997) and later cases. They agree.',
			['See Doe v. Roe (9th Cir. 1997) and later cases.', 'They agree.']
		],
		[
			'en',
			'It ended in 2019. 2020 was worse (by far).',
			['It ended in 2019.', '2020 was worse (by far).']
		],
		// A letter naming a kind of thing ends a sentence; an initial does not.
		[
			'en',
			'We chose plan B. Maria disagreed. The memo was signed by J. Smith on Monday.',
			['We chose plan B.', 'Maria disagreed.', 'The memo was signed by J. Smith on Monday.']
		],
		// Runs of abbreviated words in references go on; a short name before a title does not.
		[
			'en',
			'Doe, J. (2001). Protein folding. J. Biol. Chem. 276, 1234–1240.',
			['Doe, J. (2001).', 'Protein folding.', 'J. Biol. Chem. 276, 1234–1240.']
		],
		[
			'en',
			'It appeared in Proc. Natl. Acad. Sci. U.S.A. in 2019. It is cited at 129 S. Ct. 2252 (2009).',
			[
				'It appeared in Proc. Natl. Acad. Sci. U.S.A. in 2019.',
				'It is cited at 129 S. Ct. 2252 (2009).'
			]
		],
		[
			'en',
			'He met Ms. Lee. Dr. Jones stayed. She met Ms. Lee. 5 people came.',
			['He met Ms. Lee.', 'Dr. Jones stayed.', 'She met Ms. Lee.', '5 people came.']
		],
		// A title that only stands before a name goes on, even before a name that is also a common
		// word; "Dr." after a street's name is "Drive" and may end a sentence.
		[
			'en',
			'Mrs. May spoke first. Then Dr. No arrived, and Mr. Rather asked Prof. Well about it.',
			['Mrs. May spoke first.', 'Then Dr. No arrived, and Mr. Rather asked Prof. Well about it.']
		],
		[
			'en',
			'The fire began on Ocean Dr. Police closed it. She called Dr. Will Hart, “Dr. Yes.” Mr. “Big” Jones came.',
			[
				'The fire began on Ocean Dr.',
				'Police closed it.',
				'She called Dr. Will Hart, “Dr. Yes.”',
				'Mr. “Big” Jones came.'
			]
		],
		['xx', 'One. Two. Yes. No. Maybe.', ['One.', 'Two.', 'Yes.', 'No.', 'Maybe.']],
		['en', 'One. Two. Yes. No. Maybe.', ['One.', 'Two.', 'Yes.', 'No.', 'Maybe.']],
		['en', 'It was Bob. Odd. Very odd.', ['It was Bob.', 'Odd.', 'Very odd.']],
		// "Co." before an Irish county is County; before anything else a company's name ends there.
		[
			'en',
			'She was born in Co. Cork in 1952. He joined Smith & Co. Boston was far away.',
			['She was born in Co. Cork in 1952.', 'He joined Smith & Co.', 'Boston was far away.']
		],
		// An abbreviation before a number may stand before another that does ("Fri. Apr. 12").
		[
			'en',
			'It runs to Fri. Apr. 12 at noon. See Ref. No. 45. The fee is Rs. 500 under s. 12 of the Act.',
			[
				'It runs to Fri. Apr. 12 at noon.',
				'See Ref. No. 45.',
				'The fee is Rs. 500 under s. 12 of the Act.'
			]
		],
		[
			'en',
			'It closes in Jan. No one minds. Read Matt. 5:9 aloud, then thank Smt. Sunita Rao.',
			['It closes in Jan.', 'No one minds.', 'Read Matt. 5:9 aloud, then thank Smt. Sunita Rao.']
		],
		[
			'en',
			"The car is Jim's. 3 days later it was sold. It was Mo's. 2 left.",
			["The car is Jim's.", '3 days later it was sold.', "It was Mo's.", '2 left.']
		],
		// A delegate or a thing named after a state ("Del. Eleanor", "Mass. General") goes on; a
		// state after a comma, or "mo." in lower case (month), ends the sentence.
		[
			'en',
			'It was sponsored by Del. Eleanor Holmes Norton. She was treated at Mass. General Hospital. He lives in Dover, Del. Smith said so. Fees are due each mo. Late fees apply.',
			[
				'It was sponsored by Del. Eleanor Holmes Norton.',
				'She was treated at Mass. General Hospital.',
				'He lives in Dover, Del.',
				'Smith said so.',
				'Fees are due each mo.',
				'Late fees apply.'
			]
		],
		[
			'en',
			'Ex-Gov. Andrew Cuomo spoke. Maj. Gen. (Ret.) Paul Eaton agreed. We hiked to Pt. Reyes near Ste. Catherine St. Then we ate.',
			[
				'Ex-Gov. Andrew Cuomo spoke.',
				'Maj. Gen. (Ret.) Paul Eaton agreed.',
				'We hiked to Pt. Reyes near Ste. Catherine St.',
				'Then we ate.'
			]
		],
		[
			'en',
			'The village sits at 2,000 ft. Nights are cool. He is 6 ft. 2 in. tall. Co. B led the advance, Reed a.k.a. "Little Mark" among them. He left Smith & Co. A rival hired him.',
			[
				'The village sits at 2,000 ft.',
				'Nights are cool.',
				'He is 6 ft. 2 in. tall.',
				'Co. B led the advance, Reed a.k.a. "Little Mark" among them.',
				'He left Smith & Co.',
				'A rival hired him.'
			]
		],
		[
			'en',
			'Season 2, Ep. 5, runs 3 hrs. 12 min. It is in Suppl. Table 2. Services are at the Home, 12 Elm St. Condolences are welcome.',
			[
				'Season 2, Ep. 5, runs 3 hrs. 12 min.',
				'It is in Suppl. Table 2.',
				'Services are at the Home, 12 Elm St.',
				'Condolences are welcome.'
			]
		],
		// A hard-wrapped line ending in a word such as "at" runs on, however short.
		[
			'en',
			"In the spring of 1921 the family moved\nto Chicago, where the father found work in\nthe stockyards.\nThe children were enrolled at\nSt. Mary's parish school.\nNone of them spoke English.",
			[
				'In the spring of 1921 the family moved\nto Chicago, where the father found work in\nthe stockyards.',
				"The children were enrolled at\nSt. Mary's parish school.",
				'None of them spoke English.'
			]
		],
		// A line ending in an abbreviation that leads into the next line runs on ("Dr.", "e.g.",
		// "No." before a number, "a.m." before a weekday); after a name or a number the same title
		// is a street, and a capital alone a label: those lines can end.
		[
			'en',
			'The study was led by Dr.\nHelen Marsh of Leeds.\nMs.\nOkonkwo will take over in July.\nMany firms, e.g.\nApple, publish reports.\nThe team, ranked No.\n1 all season, lost.\nIt starts at 9 a.m.\nTuesday in the hall.',
			[
				'The study was led by Dr.\nHelen Marsh of Leeds.',
				'Ms.\nOkonkwo will take over in July.',
				'Many firms, e.g.\nApple, publish reports.',
				'The team, ranked No.\n1 all season, lost.',
				'It starts at 9 a.m.\nTuesday in the hall.'
			]
		],
		[
			'en',
			'The shop is on Ocean Dr.\nNeighbors complained.\nThey chose Plan B.\nNobody objected.',
			[
				'The shop is on Ocean Dr.',
				'Neighbors complained.',
				'They chose Plan B.',
				'Nobody objected.'
			]
		],
		// In a narrow column a line as wide as the others is a wrap, though it reads as a Title Case
		// heading; a short Title Case line before wider ones is still a heading.
		[
			'en',
			'Professor Emily Carter of Princeton\nUniversity said the findings were a\nwake-up call for the entire field.\nHer own lab is reexamining the data.',
			[
				'Professor Emily Carter of Princeton\nUniversity said the findings were a\nwake-up call for the entire field.',
				'Her own lab is reexamining the data.'
			]
		],
		[
			'en',
			'Where Things Stand\nThe region has been uncertain for a long time, and the talks\nhave not changed that; the ceasefire is holding for now.',
			[
				'Where Things Stand',
				'The region has been uncertain for a long time, and the talks\nhave not changed that; the ceasefire is holding for now.'
			]
		],
		// A title ending in "?" or "!" inside a sentence goes on into its lower-case verb; a
		// question followed by lower-case text does not.
		[
			'en',
			'The 1988 film Who Framed Roger Rabbit? grossed $329 million. Have you been to New York? we went last year.',
			[
				'The 1988 film Who Framed Roger Rabbit? grossed $329 million.',
				'Have you been to New York?',
				'we went last year.'
			]
		],
		// "of", "for", "on" link a name after "the U.S." ("Conference of Mayors"); a new subject
		// after it opens a sentence.
		[
			'en',
			'It has backing from the U.S. Conference of Mayors and the U.S. Institute for Peace. It was made in the U.S. China announced tariffs.',
			[
				'It has backing from the U.S. Conference of Mayors and the U.S. Institute for Peace.',
				'It was made in the U.S.',
				'China announced tariffs.'
			]
		],
		// Footnote markers stay with the sentence they close.
		[
			'en',
			'It was described in 1832.¹ It is endangered.² Sales rose last quarter.* Profits were flat.† Few noticed.',
			[
				'It was described in 1832.¹',
				'It is endangered.²',
				'Sales rose last quarter.*',
				'Profits were flat.†',
				'Few noticed.'
			]
		],
		[
			'sv',
			'Mötet börjar kl. 14.00. Alla är välkomna.',
			['Mötet börjar kl. 14.00.', 'Alla är välkomna.']
		],
		// Italian, Portuguese and Dutch titles and numbers; "ecc." (etc.) may end a sentence.
		[
			'it',
			"Secondo l'on. Marchetti, la sede è in via Roma n. 12. Ci sono molti esempi, ecc. Ne citiamo uno.",
			[
				"Secondo l'on. Marchetti, la sede è in via Roma n. 12.",
				'Ci sono molti esempi, ecc.',
				'Ne citiamo uno.'
			]
		],
		[
			'pt',
			'O Exmo. Sr. João Pereira chegou. O Eng. Carlos Sousa também.',
			['O Exmo. Sr. João Pereira chegou.', 'O Eng. Carlos Sousa também.']
		],
		[
			'nl',
			'Mr. De Jong stond de verdachte bij, zie blz. 12. Hij sprak o.a. Zwolle toe.',
			['Mr. De Jong stond de verdachte bij, zie blz. 12.', 'Hij sprak o.a. Zwolle toe.']
		]
	];
	it.each(table)('[%s] %j', (lang, text, expected) => {
		expect(sentenceTexts(text, lang)).toEqual(expected);
	});
});
