/**
 * Hark's storage, described in plain words for the Settings dialog: how much it uses, whether data is
 * kept on the device or only for this session, and what was skipped as damaged. Pure: no Svelte, no DOM.
 */

/** A byte count in words, e.g. 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
	if (!Number.isFinite(bytes) || bytes < 0) return 'an unknown amount';
	const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
	let value = bytes;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit++;
	}
	if (unit === 0) return `${Math.round(value)} ${value === 1 ? 'byte' : 'bytes'}`;
	const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
	return `${rounded} ${units[unit]}`;
}

/** What the storage report is made from. */
export interface StorageFacts {
	/** The browser's estimate, or null where it gives none. */
	estimate: { usage: number; quota: number } | null;
	/** Where data lives. */
	kind: 'indexeddb' | 'memory';
	/** Why storage is not (or no longer) saving on the device, already in plain words, or null. */
	problem: string | null;
	/** Records skipped because they were damaged. */
	skipped: { store: string; key: string }[];
}

const storeWords: Record<string, [string, string]> = {
	articles: ['saved article', 'saved articles'],
	positions: ['listening place', 'listening places'],
	settings: ['setting', 'settings']
};

/** The sentences the Settings dialog shows about storage. */
export function describeStorage(facts: StorageFacts): string[] {
	const lines: string[] = [];
	// A lost connection (a newer Hark upgraded the database in another tab) leaves the kind as it was.
	if (facts.problem) lines.push(facts.problem);
	else if (facts.kind === 'memory')
		lines.push('Hark keeps your place and settings only until you close this page on this device.');
	else lines.push('Hark keeps your articles, your place and your settings on this device.');
	if (facts.estimate && facts.estimate.quota > 0)
		lines.push(
			`This site uses ${formatBytes(facts.estimate.usage)} of the ${formatBytes(facts.estimate.quota)} your browser allows it.`
		);
	else if (facts.estimate) lines.push(`This site uses ${formatBytes(facts.estimate.usage)}.`);
	const counts = new Map<string, number>();
	for (const { store } of facts.skipped) counts.set(store, (counts.get(store) ?? 0) + 1);
	for (const [store, count] of counts) {
		const [one, many] = storeWords[store] ?? ['record', 'records'];
		lines.push(
			`${count} damaged ${count === 1 ? one : many} could not be read and ${count === 1 ? 'was' : 'were'} skipped.`
		);
	}
	return lines;
}
