/** The player's numbers as shown: durations and speeds. Pure. */

/** "m:ss", or "h:mm:ss" from an hour on (negative and non-finite values count as 0). */
export function clockTime(seconds: number): string {
	const total = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds) : 0;
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A speed as shown, e.g. "1.5×". */
export function speedLabel(rate: number): string {
	return `${rate.toFixed(1)}×`;
}

/** A language's name in the listener's language ("es" → "Spanish"), or the tag itself if unknown. */
export function languageName(tag: string, displayIn: readonly string[] = []): string {
	try {
		return new Intl.DisplayNames([...displayIn, 'en'], { type: 'language' }).of(tag) ?? tag;
	} catch {
		return tag;
	}
}
