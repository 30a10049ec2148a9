/**
 * Small statistics for the benchmark: medians of repeated runs and ratios, formatted for the table.
 * The machine is shared and noisy, so every time is a median and every comparison a ratio.
 */

/** The median of `values` (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[middle] as number)
		: ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Runs `measure` `runs` times, one after another, and returns every result. */
export async function repeat<T>(runs: number, measure: (run: number) => Promise<T>): Promise<T[]> {
	const results: T[] = [];
	for (let run = 0; run < runs; run++) results.push(await measure(run));
	return results;
}

/** `a / b` as "1.23×", or "—" when it cannot be computed. */
export function ratio(a: number, b: number): string {
	return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '—';
}

/** Milliseconds with a sensible precision. */
export function ms(value: number): string {
	if (!Number.isFinite(value)) return '—';
	return value < 10
		? `${value.toFixed(2)} ms`
		: value < 100
			? `${value.toFixed(1)} ms`
			: `${Math.round(value)} ms`;
}

/** Bytes as KB (1 KB = 1024 bytes, as bundle budgets are usually given). */
export function kb(bytes: number): string {
	return Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '—';
}

/** Bytes as MB (2^20). */
export function mb(bytes: number): string {
	return Number.isFinite(bytes) ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : '—';
}
