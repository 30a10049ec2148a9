/**
 * Abbreviation and word lists that drive the sentence-boundary corrections, kept as plain data.
 * Every key is lower-case and written without its final period ("u.s", "dr", "a.m" → "a.m").
 */

/** How a word ending in a period behaves when a capitalised word follows it. */
export type AbbreviationKind =
	/** Titles before a name (Dr. Smith): no boundary unless a common sentence starter follows. */
	| 'title'
	/**
	 * Titles that only ever stand before a name (Mr., Mrs., Dr.): no boundary, even before a name
	 * that is also a common word (Mrs. May, Dr. No, Mr. Rather) or a nickname in quotes. "Dr."
	 * after a capitalised word is a street ("Ocean Dr.") and behaves as a title.
	 */
	| 'honorific'
	/** Initialisms used as adjectives (U.S. Senate): no boundary unless a sentence starter follows. */
	| 'initialism'
	/** Never end a sentence in practice (e.g., vs., Roe v. Wade). */
	| 'inline'
	/** Precede a number (No. 10, Fig. 3, Jan. 5): no boundary only when a number follows. */
	| 'numeric'
	/** Times (5 p.m. Tuesday): no boundary only before a weekday, month or time zone. */
	| 'time'
	/**
	 * Places that often close a sentence (Calif., N.Y., D.C.): a boundary before any capital, but a
	 * dotted one not after a comma names things (the D.C. Circuit, N.Y. Post) and goes on unless
	 * a sentence starter follows; a wire story's dateline goes on into its text ("PORTLAND, Ore. — A fire").
	 */
	| 'place'
	/**
	 * Company suffixes (Inc., Corp.): a boundary unless a job title or another suffix follows
	 * (Inc. Chief …, Co. Ltd.).
	 */
	| 'company'
	/**
	 * Suffixes after a name (Jr., Esq.): a boundary before any capital ("Kennedy Jr. Kennedy has"),
	 * unless it names something after the person ("King Jr. Day").
	 */
	| 'suffix';

/** Abbreviations for one language, grouped by how they behave before a capitalised word. */
export interface AbbreviationTable {
	/** Lower-case abbreviation (without its final period) → behaviour. */
	readonly kinds: ReadonlyMap<string, AbbreviationKind>;
	/** Length of the longest key in `kinds`, to skip the lookup for longer words. */
	readonly longestKey: number;
	/** Capitalised words that usually open a sentence (The, He, However, …), lower-cased. */
	readonly sentenceStarters: ReadonlySet<string>;
	/**
	 * The nouns among `sentenceStarters` (Officials, Shares): they mark a new sentence in mixed
	 * case only, not in an all-caps headline ("U.S. OFFICIALS CONFIRM STRIKE").
	 */
	readonly subjectNouns: ReadonlySet<string>;
	/** Words that may follow a time such as "5 p.m." without a boundary (weekdays, zones). */
	readonly timeFollowers: ReadonlySet<string>;
	/** Names that end in "!" or "?" but not a sentence (Yahoo!, Jeopardy!), lower-cased. */
	readonly exclamatoryNames: ReadonlySet<string>;
	/**
	 * Words that are titles with a "!" (OK!, Hello!, Oklahoma!) but far more often an exclamation
	 * that ends a sentence ("OK! Fine."): they go on only into a lower-case word ("Oklahoma! on
	 * Broadway"). Lower-cased.
	 */
	readonly exclamatoryWords: ReadonlySet<string>;
	/** Job-title words that may follow a company name (Apple Inc. Chief Executive Tim Cook). */
	readonly jobTitles: ReadonlySet<string>;
	/**
	 * Verbs of speech that mark an attribution after a quoted question ("Why?" Smith asked); an
	 * underscore joins the words of a phrase ("shot_back").
	 */
	readonly speechVerbs: ReadonlySet<string>;
	/** Capitalised words, lower-cased, that go on after a name suffix ("King Jr. Day"). */
	readonly nameSuffixFollowers: ReadonlySet<string>;
	/** Counties "Co." (County, not Company) stands before ("Co. Kerry"), lower-cased. */
	readonly counties: ReadonlySet<string>;
	/** Titles that are units after a number ("2,000 ft. Nights are cool", not "Ft. Worth"). */
	readonly unitsAfterNumbers: ReadonlySet<string>;
	/** The language writes ordinals as a number and a full stop ("am 3. Oktober"). */
	readonly ordinalNumbers: boolean;
	/**
	 * Lower-case nouns a single capital letter names a kind of ("vitamin C", "plan B"): such a
	 * letter before a full stop ends the sentence, where an initial ("by J. Smith") would not.
	 */
	readonly letterDesignators: ReadonlySet<string>;
	/**
	 * Capitalised words, lower-cased, that an initialism such as "U.S." qualifies before lower-case
	 * text ("the U.S. Senate voted", "U.S. Chamber of Commerce"). Any other capitalised word with
	 * lower-case text after it opens a new sentence there ("in the U.S. China announced"); a run of
	 * capitalised words ("U.S. Central Command") always goes on.
	 */
	readonly initialismFollowers: ReadonlySet<string>;
	/**
	 * Initialisms of countries and unions (u.s, u.k, u.n, e.u) that end sentences often enough for
	 * `initialismFollowers` to decide; a person's initials ("T.S. Eliot") always go on.
	 */
	readonly nationInitialisms: ReadonlySet<string>;
	/**
	 * Sentence starters that are also surnames (May, Rather, Little): after a middle initial
	 * ("Theresa M. May") they go on with the name.
	 */
	readonly surnameStarters: ReadonlySet<string>;
	/**
	 * Eras after a year ("44 B.C."), dotted and lower-cased: a capital after one opens a new
	 * sentence, unless the sentence so far is only a phrase of time ("In 44 B.C. Caesar died").
	 */
	readonly eras: ReadonlySet<string>;
	/**
	 * Lower-case words that open a sentence in text written without capitals ("mine's a bosch. it
	 * beeps."): after a full stop ending an ordinary lower-case word, one of these is a new sentence.
	 */
	readonly lowerCaseOpeners: ReadonlySet<string>;
}

const words = (list: string): string[] => list.trim().split(/\s+/);

const englishHonorifics = words(`
	mr mrs ms messrs mmes mme mlle mx dr drs prof profs
`);

// "Smt.", "Sh.", "Adv." are Indian titles (Smt. Sunita Rao); "SS." is Saints (SS. Peter and Paul);
// Nigerian "Engr.", "Arc." (architect), "Alh." (Alhaji), "Barr." (barrister), "Pst." (pastor);
// Canadian and British councillors and constables ("Coun.", "Cllr.", "Const."); religious
// brothers and the Venerable ("Br.", "Bro.", "Ven."); a British private ("Pte."); Philippine
// "Ma." (María), "Brgy." (barangay), "Sto.", "Sta." (Santo, Santa); Malaysian "Hj." (Haji),
// "Mohd." and addresses ("Jln.", "Tmn.").
const englishTitles = words(`
	rev revd fr msgr sr sra srta st sts ste ss mt mts ft pt smt sh shri adv
	engr arc alh barr pst coun cllr const br bro ven pte ma brgy sto sta hj mohd jln tmn
	pres gov govs sen sens rep reps rev supt det insp atty amb sec secy treas
	gen lt col maj capt cpt cmdr comdr adm sgt cpl pvt brig cmdt lieut spc
	hon gens brig.gen lt.gen lt.col maj.gen rt
	asst assoc mgr pfc
`);

const englishInitialisms = words(`
	u.s u.s.a u.k u.n e.u l.a u.a.e u.s.s.r p.r ph.d m.d b.a m.a b.s m.s d.d.s j.d ll.b ll.m m.b.a r.n
	r.i.p f.b.i c.i.a n.a.s.a
	univ dept assn natl intl govt
`);

// "(b. 1887, Bath; d. 1962)", "(bapt. 26 April 1564 –": born, died and baptised in a life's dates.
const englishInline = words(`
	e.g i.e vs v cf viz approx ca c est incl esp a.k.a suppl b d bapt
`);

// "al" is "et al.": joined before a year ("Smith et al. 2020"), a boundary before a capital.
// "Rs." (rupees), "s." and "Sch." (a statute's section and schedule), "w.e.f." (with effect from),
// "Rd. 3" (a round; "Elm Rd." ends a sentence before a capital), "Ep. 5", durations ("3 hrs. 12
// min."), and books of the Bible before chapter and verse ("Matt. 5:9").
const englishNumeric = words(`
	no nos nr fig figs p pp vol vols art arts sec secs sect ch chap para paras pts ex op ref eq tab
	rs ksh s sch pat w.e.f rd ep eps hr hrs yr yrs elev
	gen lev deut josh judg ps prov isa jer ezek matt mk lk jn rom cor gal eph thess heb jas
	jan feb mar apr jun jul aug sep sept oct nov dec
	mon tue tues wed thu thur thurs fri sat sun
	rte hwy apt bldg dist div ext tel min max pop
	al
`);

const englishPlaces = words(`
	calif mass ariz ala ark colo conn del fla ga ill ind kan kans ky la md mich minn miss mo
	mont neb nebr nev okla ore pa tenn tex vt va wash wis wisc wyo
	d.c n.y n.j n.h n.c n.d n.m s.c s.d r.i w.va
`);

const englishTime = words(`a.m p.m`);

const englishNameSuffixes = words(`jr jnr snr esq`);

/** Words after "Jr." that name something after the person ("Martin Luther King Jr. Day"). */
const englishNameSuffixFollowers = words(`
	day high school elementary middle academy college university library center centre
	memorial park parkway boulevard blvd avenue ave drive street bridge airport stadium
	hospital foundation institute award prize
`);

const englishCompanies = words(`inc corp co cos ltd llc plc lp llp bros pty sdn bhd`);

/** The counties of Ireland (and Durham), which "Co." stands before as County. */
const englishCounties = words(`
	antrim armagh carlow cavan clare cork derry donegal down dublin fermanagh galway kerry kildare
	kilkenny laois leitrim limerick longford louth mayo meath monaghan offaly roscommon sligo
	tipperary tyrone waterford westmeath wexford wicklow durham
`);

const englishJobTitles = words(`
	chief ceo cfo coo cto chairman chairwoman chair president founder cofounder executive
	director head spokesman spokeswoman spokesperson vice senior general managing
`);

const englishSentenceStarters = words(`
	a an the this that these those there here it its it's he he's his him she she's her hers
	they they're their them we we're our us i i'm i've i'd you your my me one some many most
	several few both all each every any no none neither either not nor another other such
	and but or so yet for if as at in on of to by with from into over under after before
	since until while when where why how what who whom whose which whether although though
	because unless despite during about against among between through without within beyond
	across along around behind near toward towards upon amid then now today yesterday tomorrow
	tonight later earlier meanwhile however still also instead even only just indeed thus
	hence therefore moreover furthermore nevertheless nonetheless otherwise rather besides
	finally once again already perhaps maybe yes well
	according asked speaking despite given under overall similarly likewise elsewhere
	is are was were be been being do does did has have had can could will would shall should
	may might must let let's don't doesn't didn't isn't wasn't aren't weren't can't won't
	two three four five six seven eight nine ten hundreds thousands millions
	next last more less much everyone everybody someone somebody nobody
	never always sometimes often usually recently currently initially eventually ultimately
	additionally consequently specifically importantly notably interestingly unfortunately
	fortunately clearly obviously apparently regardless unlike like following including
	compared thanks
`);

/** Nouns that often open a news sentence after an abbreviation ("in the U.S. Officials said"). */
const englishSubjectNouns = words(`
	officials police authorities analysts experts critics researchers scientists investigators
	prosecutors residents protesters voters lawmakers witnesses observers economists
	shares stocks prices sales investors markets doctors nurses patients farmers workers
	employees consumers companies banks teachers students parents families sources data
	inflation revenue exports imports americans europeans
`);

const englishTimeFollowers = words(`
	monday tuesday wednesday thursday friday saturday sunday
	mondays tuesdays wednesdays thursdays fridays saturdays sundays weekdays weekends
	mon tue tues wed thu thur thurs fri sat sun
	january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec
	et est edt ct cst cdt mt mst mdt pt pst pdt akst hst gmt utc bst cet cest ist jst aest
	eastern central mountain pacific local
`);

const englishInitialismFollowers = words(`
	senate senator senators congress congressional congressman congresswoman house representative
	representatives capitol government administration constitution charter court courts district
	circuit judge judges magistrate attorney attorneys marshal marshals justice department
	departments agency agencies office bureau service services commission commissioner committee
	council institute embassy embassies consulate mission envoy ambassador ambassadors delegation
	president presidential secretary speaker treasury treasuries treasurys dollar dollars mint
	census chamber fed state army navy marine marines corps guard military forces force command
	border customs immigration citizenship postal post energy defense defence labor labour
	commerce trade interior agriculture education health transportation housing veterans
	intelligence fish forest park surgeon solicitor chief poet director administrator chairman
	chairwoman chair deputy assistant acting assembly nuclear peacekeeping open amateur olympic
	olympian olympians soccer women's men's figure tennis golf swimming ski track cycling highway
	route interstate news steel bank bancorp cellular airways midwest south west east north
	northeast northwest southeast southwest gulf mainland catholic parliament parliamentary
	minister ministers ministry home foreign chancellor conservative conservatives tory tories met
	premier top singles albums
`);

/** Sentence starters that are also surnames, kept with a name after a middle initial. */
const englishSurnameStarters = words(`
	may rather little young long early best just well even still more most much once case grant
	will said hope
`);

const englishExclamatoryNames = words(`yahoo jeopardy`);

const englishExclamatoryWords = words(`
	oklahoma wham airplane mamma mia hello ok hey panic oliver
`);

const englishSpeechVerbs = words(`
	said says asked asks told tells added adds wrote writes shouted shouts replied replies
	recalled recalls explained explains continued continues noted notes insisted insists
	warned warns declared declares exclaimed exclaims cried cries yelled yells whispered
	laughed joked jokes tweeted posted argued argues countered counters conceded concedes
	acknowledged acknowledges admitted admits stated states announced announces concluded
	responded responds answered answers wondered wonders demanded demands urged urges
	remarked remarks screamed screams pleaded pleads
	thought thinks muttered murmured sighed gasped called snapped growled hissed protested
	suggested offered agreed repeated mused ask complained complains testified testifies
	begged begs chanted sang shot_back fired_back wanted_to_know
`);

function longestKey(kinds: ReadonlyMap<string, AbbreviationKind>): number {
	return Math.max(...[...kinds.keys()].map((key) => key.length));
}

function kindMap(groups: [AbbreviationKind, string[]][]): Map<string, AbbreviationKind> {
	const map = new Map<string, AbbreviationKind>();
	for (const [kind, list] of groups) for (const key of list) map.set(key, kind);
	return map;
}

const englishKinds = kindMap([
	['numeric', englishNumeric],
	['place', englishPlaces],
	['title', englishTitles],
	['honorific', englishHonorifics],
	['initialism', englishInitialisms],
	['inline', englishInline],
	['time', englishTime],
	['company', englishCompanies],
	['suffix', englishNameSuffixes]
]);

const english: AbbreviationTable = {
	kinds: englishKinds,
	longestKey: longestKey(englishKinds),
	sentenceStarters: new Set([...englishSentenceStarters, ...englishSubjectNouns]),
	subjectNouns: new Set(englishSubjectNouns),
	timeFollowers: new Set(englishTimeFollowers),
	exclamatoryNames: new Set(englishExclamatoryNames),
	exclamatoryWords: new Set(englishExclamatoryWords),
	jobTitles: new Set(englishJobTitles),
	speechVerbs: new Set(englishSpeechVerbs),
	nameSuffixFollowers: new Set(englishNameSuffixFollowers),
	counties: new Set(englishCounties),
	// "fell 3 sen. Trading" (Malaysian cents), not "Sen. Smith".
	unitsAfterNumbers: new Set(words(`ft sen`)),
	ordinalNumbers: false,
	letterDesignators: new Set(
		words(`
			vitamin vitamins plan type group grade class option point size category level phase
			part section appendix exhibit model gate terminal zone block row seat platform
			hepatitis
		`)
	),
	initialismFollowers: new Set(englishInitialismFollowers),
	nationInitialisms: new Set(words(`u.s u.s.a u.k u.n e.u u.a.e u.s.s.r`)),
	eras: new Set(words(`b.c b.c.e c.e a.d`)),
	lowerCaseOpeners: new Set(
		words(`
			i i'm i've i'd i'll my mine mine's me we we're our you you're your he he's she she's it
			it's they they're this that there the a no yes ok okay so but anyway anyways maybe also
			then now never thanks any if what why how lol idk tbh
		`)
	),
	surnameStarters: new Set(englishSurnameStarters)
};

/**
 * Titles and number abbreviations shared by other Latin-script languages (de, fr, es, it, nl, pt,
 * sv, da, nb, fi, pl, cs, tr …). Italian "on.", "sen.", "arch." (l'on. Marchetti); Portuguese
 * "Exmo.", "Eng."; Dutch "mr." (a lawyer), "ir."; Polish "ks." (a priest), "mec." (a lawyer), "hab."
 * (dr hab.), "ul.", "al.", "pl." (street, avenue, square), "im." (named after), "św." (saint);
 * Czech "MUDr.", "Mgr.", "JUDr.", "doc."; Turkish "Doç.", "Öğr.", "Cad." (street); Danish "Skt.".
 * Before a number: "n.", "pag.", Dutch "blz.", Swedish "kl." (o'clock), Polish "godz." (hour) and
 * "ok." (about), Danish "stk." (subsection), Finnish "v." (year). Never at a sentence's end: Polish
 * "np.", "m.in.", Czech "např.", "mj.", Danish and Norwegian "f.eks.", "bl.a.", Finnish "esim."
 * (for example, among others), Turkish "bkz." (see), "San.", "Tic." (a company's industry and
 * trade), Czech "tis.", "mil.", "mld." (thousand, million, billion, before "Kč").
 * Romanian "dl.", "dna.", "univ." and addresses ("bl. A3, sc. B, ap. 14, mun., jud."), "alin."
 * (paragraph), "d." (died); Hungarian "id.", "ifj." (senior, junior), "u." (street), "kb."
 * (about); Croatian "sc." (dr. sc.), "sv." (saint), "br." (number); Indonesian "Jl.", "Kec.",
 * "Kab.", "Bpk.", "Hj.", "s.d." (until), "a.n." (in the name of); Catalan "Mn.", "Excm.", "s."
 * (century) before its numeral; Greek "κ." (Mr), "π.χ." (for example); Russian and Ukrainian
 * "им."/"ім.", "проф.", "акад.", "г."/"м." (city; "в 1799 г." is the year), "ул."/"вул."
 * (street), "д." (house), "рис.", "стр.", "с." before a number, "ок." (about), "см."/"див."
 * (see); Vietnamese "TP." (city), "BS.", "ThS.", "TS.", "PGS.TS."; Arabic "د." (Dr), "أ.د."
 * (Prof. Dr), "ص." (page); Hindi "डॉ.", "प्रो.", "ई.", "ई.पू." (AD, BC), "रु." (rupees),
 * "कि.मी." and degrees ("बी.ए.", "एम.ए.", "आई.ए.एस."). "Str." is a street before a name or a
 * number ("Hauptstr. 5", abbreviated in one word, stands before a number only).
 * "ecc." (etc.) often ends a sentence, so it is not here.
 */
const otherKinds = kindMap([
	[
		'numeric',
		words(`
			no nr núm n art abs bd kap fig ca p pp pág págs pag blz vol chap cap tel aprox env
			huisnr kl godz ok stk v alin d u br рис стр д с ок ص s
		`)
	],
	[
		'title',
		words(`
				dr dra drs prof profa hr fr frau mme mlle mm m sr sra srta sres ud uds dña dn
				sig sigg dott ing avv gen st sto sta mio mrd tsd on sen arch exmo exma eng mr ir
				med rer nat phil jur dipl dipl.-ing gral lic arq ldo lda hrn frl dhr mevr
				ks mec hab ul al pl im św mudr mgr judr doc doç öğr cad skt
				str dl dna univ bl sc ap mun jud id ifj sv jl kec kab bpk hj mn excm κ
				им ім проф акад г м ул вул tp bs ths ts pgs.ts د أ.د डॉ प्रो
			`)
	],
	// "GmbH & Co. KG": a limited partnership's suffix after "Co.".
	['company', words(`co kg`)],
	[
		'inline',
		words(`
			z.b u.a o.a bzw d.h vgl p.ex cfr av apr sog evtl ggf bspw inkl zzgl bijv vs
			np m.in např mj f.eks bl.a esim bkz san tic tis mil mld
			kb s.d a.n π.χ см див ई ई.पू रु कि.मी बी.ए एम.ए आई.ए.एस
		`)
	]
]);

const otherLanguages: AbbreviationTable = {
	kinds: otherKinds,
	longestKey: longestKey(otherKinds),
	sentenceStarters: new Set(),
	subjectNouns: new Set(),
	timeFollowers: new Set(),
	exclamatoryNames: new Set(),
	exclamatoryWords: new Set(),
	jobTitles: new Set(),
	speechVerbs: new Set(),
	nameSuffixFollowers: new Set(),
	counties: new Set(),
	// Russian "в 1799 г." (the year), not "г. Москва" (the city).
	unitsAfterNumbers: new Set(words(`г`)),
	ordinalNumbers: false,
	letterDesignators: new Set(),
	initialismFollowers: new Set(),
	nationInitialisms: new Set(),
	eras: new Set(),
	lowerCaseOpeners: new Set(),
	surnameStarters: new Set()
};

/**
 * German capitalises every noun, so a capital after "Dr." or "3." says little: only these words
 * (articles, pronouns, conjunctions, common adverbs and prepositions) mark a new sentence there.
 */
const germanSentenceStarters = words(`
	der die das den dem des ein eine einer eines einem einen kein keine keinen
	er sie es ich wir ihr man sein seine ihre unser dies diese dieser dieses jener jede jeder jedes
	alle viele einige manche mehrere beide
	und aber oder doch denn sondern auch so nun jetzt heute gestern morgen damals dann danach
	dabei dort hier da deshalb daher darum trotzdem jedoch außerdem zudem allerdings inzwischen
	bereits schon noch nur erst immer nie zwar wie was wer wo wann warum wieso als wenn weil
	obwohl nachdem bevor während seit nach vor im am in an auf aus bei mit von zu zum zur um für
	über unter gegen ohne laut insgesamt vielleicht ja nein bitte
	ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können konnte
`);

const german: AbbreviationTable = {
	...otherLanguages,
	sentenceStarters: new Set(germanSentenceStarters),
	ordinalNumbers: true
};

/**
 * Spanish words that open a sentence after an abbreviation ("a las 10 a. m. La sala"); "de" and
 * "del" are left out, as they follow titles in names ("Sr. De la Fuente").
 */
const spanishSentenceStarters = words(`
	el la los las lo un una unos unas este esta estos estas ese esa eso esos esas aquel aquella
	él ella ellos ellas yo tú nosotros nosotras usted ustedes se su sus mi mis nuestro nuestra
	y pero o sino también tampoco entonces luego después antes ahora hoy ayer mañana aquí allí
	ya además sin por para en con según como cuando donde que qué quién cómo porque aunque si
	no nada nadie todo todos todas cada muchos muchas algunos algunas hay es son fue era está
	están ha han había puede al
`);

const spanish: AbbreviationTable = {
	...otherLanguages,
	sentenceStarters: new Set(spanishSentenceStarters)
};

/**
 * Turkish writes ordinals as a number and a full stop ("2. Dünya Savaşı", "44. Uluslararası Film
 * Festivali"); these words (pronouns, conjunctions, common adverbs) open a sentence after one.
 */
const turkishSentenceStarters = words(`
	bu şu o bir ve ama fakat ancak ayrıca ise ben sen biz siz onlar bunun bunu bunlar bunlardan
	bugün dün yarın şimdi sonra önce daha en her hiç çok tüm bütün böylece yine hem ne neden nasıl
	kim için gibi ile evet hayır öte diğer bazı birçok
`);

const turkish: AbbreviationTable = {
	...otherLanguages,
	sentenceStarters: new Set(turkishSentenceStarters),
	ordinalNumbers: true
};

/** The abbreviation table for a BCP 47 language tag (English rules unless the tag says otherwise). */
export function abbreviationsFor(lang: string): AbbreviationTable {
	const primary = lang.slice(0, 2).toLowerCase();
	if (primary === 'de') return german;
	if (primary === 'es') return spanish;
	if (primary === 'tr') return turkish;
	return primary === 'en' || lang === '' ? english : otherLanguages;
}
