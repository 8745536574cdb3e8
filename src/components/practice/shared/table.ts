/**
 * The practice tables (Progress, the mock loop's summary) have up to eight columns, which a phone
 * cannot show side by side: there each row stacks into a card, and each cell shows the name of its
 * column beside it (practice.css, `table.stacks`). The names come from the table's own header.
 */

/** Gives each body cell of `table` the name of its column, as `data-column`. */
export function nameCellsByColumn(table: HTMLTableElement): void {
	const names = [...(table.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent?.trim() ?? '');
	for (const body of table.tBodies) {
		for (const row of body.rows) {
			for (const [i, cell] of [...row.cells].entries()) cell.dataset['column'] = names[i] ?? '';
		}
	}
}

/** A list of links or lines for one cell: items ending in their own punctuation cannot be joined with commas. */
export function cellList(items: readonly (string | Node)[]): HTMLUListElement {
	const list = document.createElement('ul');
	list.className = 'in-cell';
	for (const item of items) {
		const li = document.createElement('li');
		li.append(item);
		list.append(li);
	}
	return list;
}
