/**
 * Backing up and restoring the library: one JSON file with a format name and version holding the
 * imported articles, listening positions and settings. Reading a backup validates all of it before
 * anything changes; restoring merges (nothing on the device is overwritten by older data) and reports
 * what it added. Settings already set here are kept, with one exception: the pronunciation lexicon
 * (one setting holding a list) is merged entry by entry, so a listener's own words survive both ways.
 * Pure: no Svelte, no DOM.
 */
import { isArticle } from '../content/validate';
import {
	bundledLexicon,
	isLexicon,
	isLexiconEntry,
	lexiconKey,
	primaryLang,
	type LexiconEntry
} from '../lexicon/lexicon';
import type { ListeningPosition, StoredArticle, StoredSetting } from '../storage/schema';

/** The name every Hark backup carries. */
export const backupFormat = 'hark-library';
/** The backup version this Hark writes and reads. */
export const backupVersion = 1;

/** A backup file's content. */
export interface Backup {
	format: typeof backupFormat;
	version: typeof backupVersion;
	/** When it was made (ISO 8601). */
	exportedAt: string;
	articles: StoredArticle[];
	positions: ListeningPosition[];
	settings: StoredSetting[];
}

/** Makes a backup of what the device holds. */
export function createBackup(
	data: Omit<Backup, 'format' | 'version' | 'exportedAt'>,
	now = new Date()
): Backup {
	return { format: backupFormat, version: backupVersion, exportedAt: now.toISOString(), ...data };
}

/** The file name for a backup made at `now`, e.g. "hark-library-2026-11-25.json". */
export function backupFileName(now = new Date()): string {
	return `hark-library-${now.toISOString().slice(0, 10)}.json`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function isStoredArticle(v: unknown): v is StoredArticle {
	return (
		isObject(v) &&
		typeof v.id === 'string' &&
		isArticle(v.article) &&
		(v.origin === 'imported' || v.origin === 'bundled') &&
		typeof v.contentHash === 'string' &&
		typeof v.addedAt === 'number' &&
		typeof v.openedAt === 'number'
	);
}

function isPosition(v: unknown): v is ListeningPosition {
	return (
		isObject(v) &&
		typeof v.articleId === 'string' &&
		Number.isInteger(v.line) &&
		(v.line as number) >= 0 &&
		typeof v.wordOffset === 'number' &&
		(v.sectionId === null || typeof v.sectionId === 'string') &&
		typeof v.progress === 'number' &&
		(v.progress as number) >= 0 &&
		(v.progress as number) <= 1 &&
		typeof v.finished === 'boolean' &&
		typeof v.updatedAt === 'number'
	);
}

function isSetting(v: unknown): v is StoredSetting {
	return isObject(v) && typeof v.key === 'string' && 'value' in v;
}

/** Reads and fully validates a backup file's text. */
export function parseBackup(
	text: string
): { ok: true; backup: Backup } | { ok: false; error: string } {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return {
			ok: false,
			error:
				'That file is not a Hark backup: it is not valid JSON (it may be cut short or damaged). Nothing was changed.'
		};
	}
	if (!isObject(data) || data.format !== backupFormat)
		return { ok: false, error: 'That file is not a Hark library backup. Nothing was changed.' };
	if (data.version !== backupVersion)
		return {
			ok: false,
			error: `That backup is version ${String(data.version)}, and this Hark reads version ${backupVersion}. Update Hark and try again. Nothing was changed.`
		};
	const { articles, positions, settings } = data;
	if (!Array.isArray(articles) || !Array.isArray(positions) || !Array.isArray(settings))
		return {
			ok: false,
			error:
				'That backup is incomplete: it lacks articles, positions or settings. Nothing was changed.'
		};
	const badArticle = articles.findIndex((a) => !isStoredArticle(a));
	if (badArticle >= 0)
		return {
			ok: false,
			error: `Article ${badArticle + 1} in that backup is damaged. Nothing was changed.`
		};
	const badPosition = positions.findIndex((p) => !isPosition(p));
	if (badPosition >= 0)
		return {
			ok: false,
			error: `Listening position ${badPosition + 1} in that backup is damaged. Nothing was changed.`
		};
	const badSetting = settings.findIndex((s) => !isSetting(s));
	if (badSetting >= 0)
		return {
			ok: false,
			error: `Setting ${badSetting + 1} in that backup is damaged. Nothing was changed.`
		};
	return { ok: true, backup: data as unknown as Backup };
}

/** What restoring a backup will write, and the words that report it. */
export interface MergePlan {
	articles: StoredArticle[];
	positions: ListeningPosition[];
	settings: StoredSetting[];
	/** How many pronunciation entries the lexicon gains (it is written as one of `settings`). */
	lexiconEntriesAdded: number;
	/** E.g. "Added 2 articles, 3 listening positions, 1 setting and 4 pronunciation entries." */
	report: string;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What makes two lexicon entries the same rule: the shown text (letter case only when the entry
 * matches case) and its options. The spoken text is not part of it: for the same rule, the device's
 * own way of saying it wins.
 */
function lexiconRuleKey(entry: LexiconEntry): string {
	const shown = entry.shown.trim().replace(/\s+/g, ' ');
	return JSON.stringify([
		entry.caseSensitive ? shown : shown.toLowerCase(),
		entry.wholeWord,
		entry.caseSensitive,
		primaryLang(entry.lang),
		(entry.voiceMatch ?? '').toLowerCase()
	]);
}

/**
 * Merges a backup's lexicon into the device's: every entry here is kept, and the backup's entries
 * for rules not here are added after them (with a fresh id when theirs is taken). `here` is the
 * stored value, or undefined when the device still has the bundled entries. Damaged entries in the
 * backup are skipped. Returns the merged list and how many entries were added.
 */
export function mergeLexicon(
	here: unknown,
	incoming: unknown
): { entries: LexiconEntry[]; added: number } {
	const kept: LexiconEntry[] = isLexicon(here) ? here : [...bundledLexicon];
	const rules = new Set(kept.map(lexiconRuleKey));
	const ids = new Set(kept.map((e) => e.id));
	const added: LexiconEntry[] = [];
	for (const entry of Array.isArray(incoming) ? incoming.filter(isLexiconEntry) : []) {
		const rule = lexiconRuleKey(entry);
		if (rules.has(rule)) continue;
		rules.add(rule);
		let id = entry.id;
		for (let n = 2; ids.has(id); n++) id = `${entry.id}-${n}`;
		ids.add(id);
		added.push({ ...entry, id });
	}
	return { entries: [...kept, ...added], added: added.length };
}

/** "a", "a and b", "a, b and c". */
const listing = (parts: string[]) =>
	parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;

/**
 * Plans a merge: new articles (by id and text), newer positions, settings not set here, and the
 * lexicon's entries not here.
 */
export function planMerge(
	backup: Backup,
	existing: { articles: StoredArticle[]; positions: ListeningPosition[]; settings: StoredSetting[] }
): MergePlan {
	const ids = new Set(existing.articles.map((a) => a.id));
	const hashes = new Set(existing.articles.map((a) => a.contentHash));
	const articles = backup.articles.filter((a) => !ids.has(a.id) && !hashes.has(a.contentHash));
	const positionsHere = new Map(existing.positions.map((p) => [p.articleId, p]));
	const positions = backup.positions.filter(
		(p) => (positionsHere.get(p.articleId)?.updatedAt ?? -1) < p.updatedAt
	);
	const settingsHere = new Map(existing.settings.map((s) => [s.key, s.value]));
	const settings = backup.settings.filter((s) => s.key !== lexiconKey && !settingsHere.has(s.key));
	const backupLexicon = backup.settings.find((s) => s.key === lexiconKey);
	let lexiconEntriesAdded = 0;
	if (backupLexicon) {
		const merged = mergeLexicon(settingsHere.get(lexiconKey), backupLexicon.value);
		lexiconEntriesAdded = merged.added;
		if (merged.added > 0) settings.push({ key: lexiconKey, value: merged.entries });
	}
	// The lexicon is counted by its entries, not as a setting.
	const otherSettings = settings.length - (lexiconEntriesAdded > 0 ? 1 : 0);
	const parts = [
		count(articles.length, 'article', 'articles'),
		count(positions.length, 'listening position', 'listening positions'),
		count(otherSettings, 'setting', 'settings')
	];
	if (lexiconEntriesAdded > 0)
		parts.push(count(lexiconEntriesAdded, 'pronunciation entry', 'pronunciation entries'));
	const report =
		articles.length + positions.length + settings.length === 0
			? 'Nothing to add: everything in that backup is already on this device.'
			: `Added ${listing(parts)}.`;
	return { articles, positions, settings, lexiconEntriesAdded, report };
}
