/**
 * Where the reader is in the article, shared by Contents and the player through context (set by the
 * article page). Scrolling sets the section at the reading line; the player sets the section it is
 * speaking while listening, which takes precedence. Contents marks `currentSectionId` with
 * aria-current="location".
 */
import { getContext, setContext } from 'svelte';

export class ReadingPlace {
	/** The section at the reading line as the page scrolls (set by the section observer). */
	scrolledSectionId = $state<string | null>(null);
	/** The section the player is speaking, while listening; null when not listening (set by the player). */
	listeningSectionId = $state<string | null>(null);

	/** The section Contents marks as current: the one being spoken, else the one being read. */
	get currentSectionId(): string | null {
		return this.listeningSectionId ?? this.scrolledSectionId;
	}
}

const key = Symbol('hark.readingPlace');

/** Provides the article's reading place to the components below (the article page calls this). */
export function setReadingPlace(place: ReadingPlace): ReadingPlace {
	return setContext(key, place);
}

/** The article's reading place, or undefined outside an article page. */
export function getReadingPlace(): ReadingPlace | undefined {
	return getContext<ReadingPlace | undefined>(key);
}
