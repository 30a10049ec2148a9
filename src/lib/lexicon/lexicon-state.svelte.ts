/**
 * The pronunciation lexicon as reactive state, persisted as one setting (`lexicon.entries`), so it
 * goes into and comes back from the library backup with the other settings. Before the listener
 * changes anything it holds the bundled entries; after, exactly what they kept. A backup restored
 * (or an edit in another tab) reaches it through `Persisted`, which re-reads the setting.
 */
import { Persisted } from '../settings/persisted.svelte';
import type { HarkStorage } from '../storage/storage';
import type { SpokenReplacement } from '../segmentation/spoken';
import {
	bundledLexicon,
	isLexicon,
	lexiconKey,
	replacementsFor,
	type LexiconEntry
} from './lexicon';

export class Lexicon {
	/** The entries, persisted. */
	readonly setting: Persisted<LexiconEntry[]>;

	constructor(storage: Promise<HarkStorage>) {
		this.setting = new Persisted(storage, lexiconKey, [...bundledLexicon], isLexicon);
	}

	/** The entries now. */
	get entries(): LexiconEntry[] {
		return this.setting.current;
	}

	/** The rewrites for text in `lang` spoken by the voice named `voiceName`. */
	replacementsFor(lang: string, voiceName: string | null = null): SpokenReplacement[] {
		return replacementsFor(this.entries, lang, voiceName);
	}

	/** Adds an entry, or replaces the one with its id. */
	save(entry: LexiconEntry): Promise<void> {
		const exists = this.entries.some((e) => e.id === entry.id);
		return this.setting.set(
			exists ? this.entries.map((e) => (e.id === entry.id ? entry : e)) : [...this.entries, entry]
		);
	}

	/** Deletes an entry. */
	remove(id: string): Promise<void> {
		return this.setting.set(this.entries.filter((e) => e.id !== id));
	}
}
