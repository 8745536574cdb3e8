/**
 * Work that runs in a task of its own, so that the page can paint and answer input in between.
 * The browser runs a page's module scripts one after another, and an element is upgraded (its
 * `connectedCallback` run) the moment it is defined: defining every island as its module loaded
 * drew them all in one task, which on a prompt page (timer, recorder, checklist, follow-up,
 * analyzer) held a throttled phone for several hundred milliseconds. Tasks run in the order they
 * were queued, so islands still start in page order.
 */
type Scheduler = { postTask?: (task: () => void, options: { priority: 'user-visible' }) => Promise<void> };

/** Runs `work` in a task of its own, after the tasks already queued. */
export function inOwnTask(work: () => void): void {
	const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
	if (scheduler?.postTask) void scheduler.postTask(work, { priority: 'user-visible' });
	else setTimeout(work, 0);
}

/**
 * Defines an island's custom element in a task of its own. An island that drives islands inside
 * it (the mock loop starts its timer) names them in `after`: it is defined once they are, so that
 * it never comes alive, and takes a click, while they are still plain markup.
 */
export function defineIsland(name: string, element: CustomElementConstructor, after: readonly string[] = []): void {
	const define = () => {
		if (!customElements.get(name)) customElements.define(name, element);
	};
	if (after.length === 0) inOwnTask(define);
	else void Promise.all(after.map((inner) => customElements.whenDefined(inner))).then(() => inOwnTask(define));
}
