/** Checks that untrusted data (a backup file, a stored record) really is an article in Hark's model. */
import type { Article } from './model';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown): v is string | null => v === null || typeof v === 'string';

function isListPlace(v: unknown): boolean {
	return (
		isObject(v) &&
		Number.isInteger(v.item) &&
		(v.item as number) >= 1 &&
		typeof v.ordered === 'boolean' &&
		(v.markerInText === undefined || typeof v.markerInText === 'boolean')
	);
}

function isParagraph(v: unknown): boolean {
	if (!isObject(v) || !isString(v.text) || !Array.isArray(v.sentences)) return false;
	if (v.list !== undefined && !isListPlace(v.list)) return false;
	const length = v.text.length;
	let previousEnd = 0;
	for (const s of v.sentences) {
		if (!isObject(s) || !Number.isInteger(s.start) || !Number.isInteger(s.end)) return false;
		const start = s.start as number;
		const end = s.end as number;
		if (start < previousEnd || end <= start || end > length) return false;
		previousEnd = end;
	}
	return true;
}

function isBlock(v: unknown): boolean {
	if (!isObject(v)) return false;
	if (v.kind === 'paragraph') return isParagraph(v.paragraph);
	if (v.kind !== 'scenarios' || !Array.isArray(v.scenarios) || v.scenarios.length === 0) return false;
	return v.scenarios.every(
		(s) =>
			isObject(s) &&
			isString(s.id) &&
			isString(s.heading) &&
			(s.generatedTitle === undefined || typeof s.generatedTitle === 'boolean') &&
			Number.isInteger(s.number) &&
			Array.isArray(s.paragraphs) &&
			s.paragraphs.every(isParagraph)
	);
}

/** Whether `v` is a well-formed article: every field of the right type, sentences inside their text. */
export function isArticle(v: unknown): v is Article {
	if (!isObject(v)) return false;
	if (!isString(v.slug) || v.slug === '' || !isString(v.headline) || !isString(v.lang)) return false;
	if (v.dir !== 'ltr' && v.dir !== 'rtl' && v.dir !== 'auto') return false;
	if (!isNullableString(v.dek) || !isNullableString(v.perspective) || !isNullableString(v.source)) return false;
	if (v.author !== null) {
		const a = v.author;
		if (!isObject(a) || !isString(a.name) || !isNullableString(a.role) || !isNullableString(a.bio)) return false;
	}
	if (!Array.isArray(v.sections) || v.sections.length === 0) return false;
	// A section may hold only its heading (one right before another in an imported page), but the
	// article holds some text.
	return (
		v.sections.every(
			(s) =>
				isObject(s) &&
				isString(s.id) &&
				isString(s.heading) &&
				(s.generatedHeading === undefined || typeof s.generatedHeading === 'boolean') &&
				Array.isArray(s.blocks) &&
				s.blocks.every(isBlock)
		) && v.sections.some((s) => (s.blocks as unknown[]).length > 0)
	);
}
