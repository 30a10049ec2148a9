/**
 * Which section the reader is at while scrolling, through one IntersectionObserver. The "reading line"
 * sits a quarter of the way down the viewport; the current section is the last one whose top has
 * passed it (null above the first). The observer only tells when a section crosses the line; the
 * answer is then read from the sections' positions, so fast scrolls and jumps never leave it stale.
 */

/** Where the reading line sits, as a fraction of the viewport's height from the top. */
const readingLine = 0.25;

/**
 * Calls `onChange` with the id of the section at the reading line whenever it changes. `headingIds`
 * name each section's heading; the heading's enclosing <section> is observed. Returns the teardown.
 */
export function observeCurrentSection(
	headingIds: string[],
	onChange: (id: string | null) => void
): () => void {
	if (typeof IntersectionObserver === 'undefined') return () => {};
	const sections: { id: string; element: Element }[] = [];
	for (const id of headingIds) {
		const heading = document.getElementById(id);
		if (heading) sections.push({ id, element: heading.closest('section') ?? heading });
	}
	let current: string | null | undefined;

	const update = () => {
		const line = window.innerHeight * readingLine;
		let found: string | null = null;
		for (const { id, element } of sections)
			if (element.getBoundingClientRect().top <= line) found = id;
		if (found !== current) {
			current = found;
			onChange(found);
		}
	};

	const band = `-${readingLine * 100}% 0px -${(1 - readingLine) * 100 - 1}% 0px`;
	const observer = new IntersectionObserver(update, { rootMargin: band, threshold: [0] });
	// The observer's first report (for every section, right after the next layout) gives the first
	// answer: reading positions now would force a layout of the page in the middle of hydration.
	for (const { element } of sections) observer.observe(element);
	return () => observer.disconnect();
}
