/** Types for the untyped `sbd` package (sentence boundary detection), used by the benchmark. */
declare module 'sbd' {
	/** Options accepted by `sbd.sentences`. */
	export interface SbdOptions {
		newline_boundaries?: boolean;
		html_boundaries?: boolean;
		sanitize?: boolean;
		allowed_tags?: boolean | string[];
		preserve_whitespace?: boolean;
		abbreviations?: string[] | null;
	}
	/** Splits `text` into sentence strings. */
	export function sentences(text: string, options?: SbdOptions): string[];
	const sbd: { sentences: typeof sentences };
	export default sbd;
}
