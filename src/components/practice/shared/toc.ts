/**
 * Keeps Starlight's "On this page" lists (the sidebar's and the phone's drop-down) to the headings
 * a reader can see. An island that hides a section until it is needed (the mock loop's run and
 * summary, the sample answer behind your draft) hides its entry with it and shows it again with it.
 */
const TOC_LINKS = ':is(starlight-toc, mobile-starlight-toc) a[href^="#"]';

/** Mirrors, from now on, whether each heading inside `island` is shown in the page's contents lists. */
export function listOnlyShownHeadings(island: HTMLElement): void {
	const sync = () => {
		for (const link of document.querySelectorAll<HTMLAnchorElement>(TOC_LINKS)) {
			const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
			if (!heading || !island.contains(heading)) continue;
			link.closest('li')!.hidden = heading.closest('[hidden]') !== null;
		}
	};
	sync();
	new MutationObserver(sync).observe(island, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
}
