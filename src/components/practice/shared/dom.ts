/**
 * What every island does to its own markup: find its bound elements, come alive once its script
 * runs, and build the small elements it draws in the browser. Browser-only; no island reaches
 * into another island's markup with these (islands talk through their element APIs).
 */

/** Creates an element with optional text and attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	return node;
}

/**
 * The element marked `data-bind="name"` inside `root`. Throws, naming it, when the markup lacks
 * it: a renamed binding should fail the first test that loads the page, not leave a blank.
 */
export function bound<T extends HTMLElement = HTMLElement>(root: ParentNode, name: string): T {
	const found = root.querySelector<T>(`[data-bind="${name}"]`);
	if (!found) throw new Error(`No [data-bind="${name}"] in this island`);
	return found;
}

/**
 * Brings an island to life: hides its "needs JavaScript" notes and enables the controls that the
 * HTML ships disabled (so that without JavaScript no control pretends to work).
 */
export function activate(root: HTMLElement, controls: string) {
	for (const note of root.querySelectorAll<HTMLElement>('.needs-js')) note.hidden = true;
	for (const control of root.querySelectorAll<
		HTMLButtonElement | HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | HTMLFieldSetElement
	>(controls)) {
		control.disabled = false;
	}
}

/** Shows `message` in a notice element, or hides the notice when there is nothing to say. */
export function showNotice(notice: HTMLElement, message: string) {
	notice.textContent = message;
	notice.hidden = message === '';
}

/**
 * Says right after `near` (the row of the control that saved) that the browser refused to store,
 * in an alert a screen reader speaks once; an empty message removes it once a save succeeds.
 */
export function saveError(near: Element, message: string) {
	const next = near.nextElementSibling;
	const note = next instanceof HTMLElement && next.classList.contains('save-error') ? next : undefined;
	if (!message) {
		note?.remove();
		return;
	}
	if (note) note.textContent = message;
	else near.after(el('p', message, { class: 'notice save-error', role: 'alert' }));
}

/**
 * Marks `input` invalid with `message` shown right after it and linked by `aria-describedby`, and
 * moves focus to it; the reader's input stays as typed. An empty message clears the error.
 */
export function fieldError(input: HTMLInputElement | HTMLTextAreaElement, message: string) {
	const id = `${input.id || input.name}-error`;
	let note = input.ownerDocument.getElementById(id);
	const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
	if (!message) {
		note?.remove();
		input.removeAttribute('aria-invalid');
		if (described.length) input.setAttribute('aria-describedby', described.join(' '));
		else input.removeAttribute('aria-describedby');
		return;
	}
	if (!note) {
		note = el('span', '', { id, class: 'field-error' });
		// After the label, not inside it: inside, the message would become part of the field's name.
		(input.closest('label') ?? input).after(note);
	}
	note.textContent = message;
	input.setAttribute('aria-invalid', 'true');
	input.setAttribute('aria-describedby', [...described, id].join(' '));
	input.focus();
}
