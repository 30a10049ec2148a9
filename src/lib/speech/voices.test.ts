import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normaliseLang, primaryLanguage, type SpeechVoice } from './engine';
import { chooseVoice, offeredVoices, rankVoices, variantBase, voiceTier } from './voices';

const voice = (id: string, lang: string, extra: Partial<SpeechVoice> = {}): SpeechVoice => ({
	id,
	name: id,
	lang,
	local: true,
	isDefault: false,
	...extra
});

describe('language tags', () => {
	it.each([
		['en_US', 'en-US'],
		['EN-us', 'en-US'],
		['zh-hant-tw', 'zh-Hant-TW'],
		[' fr ', 'fr']
	])('normalises %s to %s', (input, expected) => {
		expect(normaliseLang(input)).toBe(expected);
	});

	it('takes the primary language', () => {
		expect(primaryLanguage('en_GB')).toBe('en');
	});
});

describe('voice tiers', () => {
	it.each([
		['Bubbles', 'novelty'],
		['Bad News (English (US))', 'novelty'],
		['English+whisper', 'novelty'],
		['Grandma (English (US))', 'low-quality'],
		['Samantha (Compact)', 'low-quality'],
		['Microsoft Aria Online (Natural) - English (United States)', 'good'],
		['English (America) espeak-ng', 'good']
	] as const)('%s is %s', (name, tier) => {
		expect(voiceTier({ name })).toBe(tier);
	});
});

describe('ranking', () => {
	const voices: SpeechVoice[] = [
		voice('af', 'af', { isDefault: true }),
		voice('bubbles', 'en-US', { name: 'Bubbles' }),
		voice('network', 'en-US', { local: false, name: 'Google US English' }),
		voice('gb', 'en-GB'),
		voice('us', 'en_US'),
		voice('natural', 'en-US', { name: 'Jenny (Natural)' }),
		voice('compact', 'en-US', { name: 'Fred (Compact)' }),
		voice('fr', 'fr-FR')
	];

	it('puts the article language first: good local voices, network, low quality, novelty last', () => {
		const { forLanguage, others } = rankVoices(voices, 'en');
		expect(forLanguage.map((v) => v.id)).toEqual([
			'natural',
			'gb',
			'us',
			'network',
			'compact',
			'bubbles'
		]);
		expect(others.map((v) => v.id)).toEqual(['af', 'fr']);
	});

	it("prefers the article's region, then the listener's own", () => {
		expect(
			rankVoices(voices, 'en-US')
				.forLanguage.map((v) => v.id)
				.slice(0, 3)
		).toEqual(['natural', 'us', 'gb']);
		const plain = voices.filter((v) => v.id !== 'natural');
		expect(
			rankVoices(plain, 'en', { preferredLanguages: ['en-US', 'en'] }).forLanguage[0]!.id
		).toBe('us');
	});

	it('never picks the default voice just because it is the default', () => {
		expect(chooseVoice(voices, 'en', null)?.id).toBe('natural');
	});

	it('keeps a remembered voice while the device has it, else the best', () => {
		expect(chooseVoice(voices, 'en', 'gb')?.id).toBe('gb');
		expect(chooseVoice(voices, 'en', 'gone')?.id).toBe('natural');
		expect(chooseVoice(voices, 'en', 'fr')?.id).toBe('natural');
	});

	it('skips excluded voices and, offline, network ones', () => {
		const onlyNetwork = [voice('network', 'en-US', { local: false }), voice('fr', 'fr')];
		expect(chooseVoice(onlyNetwork, 'en', null)?.id).toBe('network');
		expect(chooseVoice(onlyNetwork, 'en', null, { localOnly: true })?.id).toBe('fr');
		expect(chooseVoice(voices, 'en', null, { exclude: ['natural', 'gb'] })?.id).toBe('us');
	});

	it('falls back to another language when none matches, and to null when there are none', () => {
		expect(chooseVoice([voice('fr', 'fr')], 'en', null)?.id).toBe('fr');
		expect(chooseVoice([], 'en', null)).toBeNull();
	});

	it('with no voice for the language, picks one in the listener’s languages, else the default — not the first in the alphabet', () => {
		const device = [
			voice('de', 'de-DE', { local: false }),
			voice('fr', 'fr-FR'),
			voice('gb', 'en-GB'),
			voice('us', 'en-US', { isDefault: true })
		];
		expect(chooseVoice(device, 'es', null, { preferredLanguages: ['fr-CA', 'en'] })?.id).toBe('fr');
		expect(chooseVoice(device, 'es', null, { preferredLanguages: ['en-GB'] })?.id).toBe('us');
		expect(chooseVoice(device, 'es', null)?.id).toBe('us');
		expect(chooseVoice(device.slice(0, 2), 'es', null)?.id).toBe('fr');
	});

	it('ranks every voice exactly once, whatever the list (property)', () => {
		const arbitraryVoice = fc.record({
			id: fc.string({ minLength: 1, maxLength: 6 }),
			name: fc.constantFrom('Alex', 'Bubbles', 'Fred (Compact)', 'Aria (Natural)', 'x'),
			lang: fc.constantFrom('en', 'en-US', 'en_GB', 'fr-FR', 'de', ''),
			local: fc.boolean(),
			isDefault: fc.boolean()
		});
		fc.assert(
			fc.property(
				fc.array(arbitraryVoice, { maxLength: 12 }),
				fc.constantFrom('en', 'fr'),
				(list, lang) => {
					const { forLanguage, others } = rankVoices(list, lang);
					expect(forLanguage.length + others.length).toBe(list.length);
					for (const v of forLanguage) expect(primaryLanguage(v.lang)).toBe(lang);
					// Novelty voices never come before a usable one.
					const tiers = forLanguage.map((v) => v.tier);
					const firstNovelty = tiers.indexOf('novelty');
					if (firstNovelty >= 0)
						expect(tiers.slice(firstNovelty).every((t) => t === 'novelty')).toBe(true);
				}
			)
		);
	});
});

describe('offered voices (espeak-ng variants)', () => {
	it.each([
		['English (America)+Annie espeak-ng', 'English (America) espeak-ng'],
		['German+klatt espeak-ng', 'German espeak-ng'],
		['French (France)+Adam', 'French (France)'],
		['English (America) espeak-ng', null],
		['Google UK English Female', null],
		['C++ Narrator', null]
	])('the variant base of %s is %s', (name, base) => {
		expect(variantBase(name)).toBe(base);
	});

	// The shape of espeak-ng's full install: every language, then each with its variants.
	const espeak = (lang: string, name: string, variants: string[]): SpeechVoice[] => [
		voice(`${lang}`, lang, { name: `${name} espeak-ng` }),
		...variants.map((v) => voice(`${lang}+${v}`, lang, { name: `${name}+${v} espeak-ng` }))
	];
	const variants = ['Adam', 'Annie', 'Alicia', 'klatt'];
	const full = [
		...espeak('en-US', 'English (America)', variants),
		...espeak('en-GB', 'English (Great Britain)', variants),
		...espeak('de', 'German', variants),
		...espeak('fr-FR', 'French (France)', variants),
		voice('lonely', 'es', { name: 'Spanish+Annie espeak-ng' })
	];

	it('offers each voice once, and the variants of the voice in use beside it', () => {
		const offered = offeredVoices(rankVoices(full, 'en-US'), 'en-US');
		expect(offered.forLanguage.map((v) => v.id)).toEqual([
			'en-US',
			'en-US+Adam',
			'en-US+Annie',
			'en-US+Alicia',
			'en-GB',
			'en-US+klatt'
		]);
		expect(offered.others.map((v) => v.id)).toEqual(['de', 'lonely', 'fr-FR']);
	});

	it('choosing a variant, or another voice, brings that voice’s variants', () => {
		const variant = offeredVoices(rankVoices(full, 'en-US'), 'en-US+Annie');
		expect(variant.forLanguage.map((v) => v.id)).toContain('en-US+Adam');
		const british = offeredVoices(rankVoices(full, 'en-US'), 'en-GB');
		expect(british.forLanguage.map((v) => v.id)).toEqual([
			'en-US',
			'en-GB',
			'en-GB+Adam',
			'en-GB+Annie',
			'en-GB+Alicia',
			'en-GB+klatt'
		]);
	});

	it('with no voice in use yet, offers the voices without variants', () => {
		expect(offeredVoices(rankVoices(full, 'en-US')).forLanguage.map((v) => v.id)).toEqual([
			'en-US',
			'en-GB'
		]);
	});

	it('always offers the voice in use, even a variant of another language', () => {
		const offered = offeredVoices(rankVoices(full, 'en-US'), 'de+Annie');
		expect(offered.others.map((v) => v.id)).toEqual(['de', 'de+Annie', 'lonely', 'fr-FR']);
	});

	it('changes nothing for a list without variants', () => {
		const ranked = rankVoices([voice('a', 'en-US'), voice('b', 'fr-FR')], 'en');
		expect(offeredVoices(ranked)).toBe(ranked);
	});

	it('offers a voice exactly when it is in use, is no variant of a listed voice, or is a variant of the voice in use in the article language', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						lang: fc.constantFrom('en-US', 'de', 'fr-FR'),
						name: fc.constantFrom('A', 'A+x', 'B+y', 'C', 'C+z+w', 'A+y')
					}),
					{ maxLength: 12 }
				),
				fc.nat(12),
				(specs, inUseIndex) => {
					const list = specs.map((s, i) => voice(`v${i}`, s.lang, { name: s.name }));
					const inUse = list[inUseIndex] ?? null;
					const ranked = rankVoices(list, 'en-US');
					const offered = offeredVoices(ranked, inUse?.id ?? null);
					const all = [...ranked.forLanguage, ...ranked.others];
					const baseOf = (v: { name: string }) => variantBase(v.name) ?? v.name;
					for (const [group, inArticleLanguage] of [
						['forLanguage', true],
						['others', false]
					] as const) {
						for (const v of ranked[group]) {
							const base = variantBase(v.name);
							const baseListed = all.some((o) => o.lang === v.lang && o.name === base);
							const variantOfInUse =
								inArticleLanguage &&
								inUse !== null &&
								normaliseLang(inUse.lang) === v.lang &&
								baseOf(inUse) === base;
							expect(offered[group].includes(v)).toBe(
								v.id === inUse?.id || base === null || !baseListed || variantOfInUse
							);
						}
					}
				}
			)
		);
	});
});
