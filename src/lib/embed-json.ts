/**
 * Serializes data for a `<script type="application/json">` element. `<` is escaped so that no
 * value can close the script element early ("</script>") or open a comment.
 */
export const embedJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Reads back what `embedJson` wrote into the element matching `selector` inside `root`. */
export function readEmbeddedJson<T>(root: ParentNode, selector = 'script[type="application/json"]'): T {
	const text = root.querySelector(selector)?.textContent;
	if (!text) throw new Error(`No embedded JSON at ${selector}`);
	return JSON.parse(text) as T;
}
