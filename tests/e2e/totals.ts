/**
 * Counting what the reliability and security specs inject: each fault injected and survived, each
 * hostile input tried and handled, printed as one line with a fixed prefix. The totals reporter
 * (totals-reporter.ts) sums those lines over the run and prints the totals at its end.
 */

/** The prefix of a count line; the reporter reads only lines that start with it. */
export const totalsPrefix = '[hark-totals]';

/** What is counted. */
export type TotalsKind = 'faults-injected' | 'faults-survived' | 'inputs-tried' | 'inputs-handled';

/** Prints one count line: `[hark-totals] <kind> <n> <label>`. */
export function count(kind: TotalsKind, n: number, label: string): void {
	console.log(`${totalsPrefix} ${kind} ${n} ${label}`);
}

/** A fault is injected now (call `faultSurvived` once the outcome has been asserted). */
export function faultInjected(label: string): void {
	count('faults-injected', 1, label);
}

/** The fault's outcome was asserted: the player or the data survived it. */
export function faultSurvived(label: string): void {
	count('faults-survived', 1, label);
}
