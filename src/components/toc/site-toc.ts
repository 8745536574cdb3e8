/**
 * Starlight's "On this page" elements (0.42's starlight-toc.ts and the script of
 * MobileTableOfContents.astro), keeping their names, markup and behaviour: the current entry gets
 * aria-current, the phone's drop-down names the current section and closes on a link, a click
 * outside or Escape (focus back on its summary). What changes is how the current entry is found:
 * from a few headings' positions on scroll (lib/toc-current.ts), where Starlight observes every
 * block of the page, found with `:has()` queries that took a long page's first 50-120 ms on a
 * throttled phone, the longest task of its load.
 */
import { currentHeading } from '../../lib/toc-current.ts';

const whenIdle = (run: () => void) => (window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1)))(run);

class StarlightTOC extends HTMLElement {
	#current: HTMLAnchorElement | null = null;
	/** Each entry's link and the heading it points to, in page order. */
	#entries: { link: HTMLAnchorElement; heading: HTMLElement }[] = [];
	#scheduled = false;

	set current(link: HTMLAnchorElement) {
		if (link === this.#current) return;
		this.#current?.removeAttribute('aria-current');
		link.setAttribute('aria-current', 'true');
		this.#current = link;
	}

	connectedCallback() {
		whenIdle(() => {
			// In page order, which the list's nesting need not follow.
			this.#entries = [...this.querySelectorAll('a')]
				.flatMap((link) => {
					const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
					return heading ? [{ link, heading }] : [];
				})
				.sort((a, b) => (a.heading.compareDocumentPosition(b.heading) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
			this.#update();
			addEventListener('scroll', this.#schedule, { passive: true });
			addEventListener('resize', this.#schedule);
		});
	}

	#schedule = () => {
		if (this.#scheduled) return;
		this.#scheduled = true;
		requestAnimationFrame(() => {
			this.#scheduled = false;
			this.#update();
		});
	};

	#update() {
		// A section an island hides (the mock loop's summary until the loop ends) has no position.
		const shown = this.#entries.filter(({ heading }) => heading.checkVisibility());
		if (!shown.length) return;
		const at = currentHeading(shown.length, (i) => shown[i]!.heading.getBoundingClientRect().top, this.#line());
		this.current = shown[at]!.link;
	}

	/** Where a heading counts as reached: under the header (and the phone's bar), as Starlight draws it. */
	#line() {
		const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
		const bar = this.querySelector('summary')?.getBoundingClientRect().height ?? 0;
		return header + bar + 32 + 53;
	}
}

class MobileStarlightTOC extends StarlightTOC {
	override set current(link: HTMLAnchorElement) {
		super.current = link;
		const display = this.querySelector('.display-current');
		if (display) display.textContent = link.textContent;
	}

	constructor() {
		super();
		const details = this.querySelector('details');
		if (!details) return;
		const close = () => (details.open = false);
		details.querySelectorAll('a').forEach((a) => a.addEventListener('click', close));
		addEventListener('click', (e) => {
			if (!details.contains(e.target as Node)) close();
		});
		addEventListener('keydown', (e) => {
			if (e.key !== 'Escape' || !details.open) return;
			const hadFocus = details.contains(document.activeElement);
			close();
			if (hadFocus) details.querySelector('summary')?.focus();
		});
	}
}

customElements.define('starlight-toc', StarlightTOC);
customElements.define('mobile-starlight-toc', MobileStarlightTOC);
