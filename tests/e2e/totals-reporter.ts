/**
 * A tiny Playwright reporter beside `list`: it sums the count lines the reliability and security
 * specs print (see totals.ts) and prints the totals once the run ends, e.g.
 * "Reliability: 14 faults injected, 14 survived · Inputs: 64 tried, 64 handled".
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { totalsPrefix, type TotalsKind } from './totals';

export default class TotalsReporter implements Reporter {
	/** Sums so far, by kind. */
	readonly #sums: Record<TotalsKind, number> = {
		'faults-injected': 0,
		'faults-survived': 0,
		'inputs-tried': 0,
		'inputs-handled': 0
	};

	/** `list` owns the terminal; this reporter adds one line at the end. */
	printsToStdio(): boolean {
		return false;
	}

	onStdOut(chunk: string | Buffer, _test?: TestCase, _result?: TestResult): void {
		for (const line of String(chunk).split('\n')) {
			if (!line.startsWith(totalsPrefix)) continue;
			const [kind, n] = line.slice(totalsPrefix.length).trim().split(/\s+/);
			if (kind && kind in this.#sums && Number.isFinite(Number(n)))
				this.#sums[kind as TotalsKind] += Number(n);
		}
	}

	onEnd(): void {
		const sums = this.#sums;
		if (Object.values(sums).every((n) => n === 0)) return;
		console.log(
			`\nReliability: ${sums['faults-injected']} faults injected, ${sums['faults-survived']} survived` +
				` · Inputs: ${sums['inputs-tried']} tried, ${sums['inputs-handled']} handled`
		);
	}
}
