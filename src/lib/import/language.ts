/** Guessing an imported text's language and direction when the document does not say. */
import { detect } from 'tinyld/light';

const rtlScript =
	/[\u0590-\u05FF\u0600-\u06FF\u0700-\u074F\u0750-\u077F\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/g;
const letters = /\p{L}/gu;

/** The language of `text` as a BCP 47 tag, or null when it cannot be told. */
export function detectLanguage(text: string): string | null {
	const sample = text.slice(0, 4000);
	if ((sample.match(letters)?.length ?? 0) < 12) return null;
	const guess = detect(sample);
	return guess || null;
}

/** "rtl" when most letters of `text` are in a right-to-left script, else "ltr". */
export function detectDirection(text: string): 'ltr' | 'rtl' {
	const sample = text.slice(0, 4000);
	const all = sample.match(letters)?.length ?? 0;
	const rtl = sample.match(rtlScript)?.length ?? 0;
	return all > 0 && rtl / all > 0.4 ? 'rtl' : 'ltr';
}
