/** Words for the player's numbers: durations and speeds as shown and as a screen reader says them. Pure. */

/** "m:ss", or "h:mm:ss" from an hour on (negative and non-finite values count as 0). */
export function clockTime(seconds: number): string {
	const total = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds) : 0;
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A duration in words, e.g. "1 hour 5 minutes", "3 minutes", "less than a minute". */
export function spokenDuration(seconds: number): string {
	const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds / 60) : 0;
	if (minutes < 1) return 'less than a minute';
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	const parts = [];
	if (h > 0) parts.push(`${h} ${h === 1 ? 'hour' : 'hours'}`);
	if (m > 0) parts.push(`${m} ${m === 1 ? 'minute' : 'minutes'}`);
	return parts.join(' ');
}

/** A speed as shown, e.g. "1.5×". */
export function speedLabel(rate: number): string {
	return `${rate.toFixed(1)}×`;
}
