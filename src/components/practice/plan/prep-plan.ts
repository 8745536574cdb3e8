/**
 * The `prep-plan` element of StudyPlan.astro: it wires the start date and the task ticks to
 * stored practice data and draws what is due from src/lib/plan.ts.
 */
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import {
	dueTasks,
	fitPlan,
	localDay,
	parseStartDate,
	setInterviewDate,
	setStartDate,
	tickTask,
	weekProgress,
	weekRange,
	type PlanWeek,
} from '../../../lib/plan.ts';
import type { PracticeData } from '../../../lib/practice-store.ts';
import type { WhenShort } from '../../../schemas/ids.ts';
import { fillTemplate as fill } from '../../../lib/text.ts';
import { activate, bound, el, fieldError, saveError } from '../shared/dom.ts';
import { commitPractice, openPractice } from '../shared/practice-storage.ts';
import { showStoredDataNotice } from '../shared/stored-data-notice.ts';
import type { PlanText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

interface WeekInfo {
	id: string;
	week: number;
	title: string;
	tasks: { id: string; label: string; whenShort: WhenShort }[];
}
const formatDay = (day: string) =>
	new Date(`${day}T12:00:00`).toLocaleDateString(undefined, { weekday: 'short', month: 'short', day: 'numeric' });

/** Wires the plan's start date and task ticks to stored practice data. */
export class PrepPlan extends HTMLElement {
	#weeks: WeekInfo[] = [];
	#text!: PlanText;

	connectedCallback() {
		const data = readEmbeddedJson<{ weeks: WeekInfo[]; text: PlanText }>(this);
		this.#weeks = data.weeks;
		this.#text = data.text;
		activate(this, 'input');
		const loaded = openPractice();
		showStoredDataNotice(bound(this, 'notice'), loaded, this.#text);
		const start = this.querySelector<HTMLInputElement>('input[name="start"]')!;
		start.value = loaded.data.plan.startDate ?? '';
		start.addEventListener('change', () => {
			// A partly typed date reads as empty with `badInput`; a year such as 0026 reads as a date far
			// off. Either is said on the field, and the saved date stays as it was.
			const checked = start.value === '' ? undefined : parseStartDate(start.value, localDay(new Date()));
			const problem = start.validity.badInput ? this.#text.partialDate : checked && !checked.ok ? checked.message : '';
			fieldError(start, problem);
			if (problem) return;
			const { data } = openPractice();
			this.#save({ ...data, plan: setStartDate(data.plan, start.value || null, new Date()) }, start.closest('label')!);
		});
		const interview = this.querySelector<HTMLInputElement>('input[name="interview"]')!;
		interview.value = loaded.data.plan.interview?.date ?? '';
		interview.addEventListener('change', () => this.#setInterview(interview));
		// Saves here and in other tabs redraw the plan; the date fields keep what the reader is typing.
		document.addEventListener('prep:practice-changed', () => {
			if (document.activeElement !== start) start.value = openPractice().data.plan.startDate ?? '';
			if (document.activeElement !== interview) interview.value = openPractice().data.plan.interview?.date ?? '';
			this.#render();
		});
		this.addEventListener('change', (event) => {
			const box = event.target as HTMLInputElement;
			if (box.type !== 'checkbox') return;
			const weekId = box.closest<HTMLElement>('[data-week-id]')!.dataset['weekId']!;
			const { data } = openPractice();
			this.#save({ ...data, plan: tickTask(data.plan, weekId, box.value, box.checked, new Date()) }, box.closest('.task')!);
		});
		this.#render();
	}

	/** Saves the interview date, or says on its field why a date cannot be used (the saved one stays). */
	#setInterview(field: HTMLInputElement) {
		const checked = field.value === '' ? undefined : parseStartDate(field.value, localDay(new Date()));
		const problem = field.validity.badInput ? this.#text.partialDate : checked && !checked.ok ? checked.message : '';
		fieldError(field, problem);
		if (problem) return;
		const { data } = openPractice();
		this.#save({ ...data, plan: setInterviewDate(data.plan, field.value || null, new Date()) }, field.closest('label')!);
	}

	/** Whether the four weeks fit before the interview and, when not, the squeezed routine and what it drops. */
	#renderFit(plan: PracticeData['plan']) {
		const t = this.#text;
		const weeks = this.#weeks.map((w) => ({ week: w.week, tasks: w.tasks }));
		const fit = fitPlan(weeks, localDay(new Date()), plan.interview?.date ?? null);
		const sentence =
			fit.kind === 'unset'
				? t.fitUnset
				: fit.kind === 'past'
					? t.fitPast
					: fit.kind === 'full'
						? fill(t.fitFull, { days: fit.daysLeft })
						: fill(t.fitCompressed, { days: fit.daysLeft, n: fit.dropped.length });
		const line = bound(this, 'fit');
		if (line.textContent !== sentence) line.textContent = sentence;
		const label = (week: number, task: string) =>
			this.#weeks.find((w) => w.week === week)!.tasks.find((x) => x.id === task)!.label;
		const stages = fit.kind === 'compressed' ? fit.stages : [];
		bound(this, 'stages').replaceChildren(
			...stages.map((stage) => {
				const info = this.#weeks.find((w) => w.week === stage.week)!;
				const dates =
					stage.from === stage.to
						? fill(t.stageDay, { day: formatDay(stage.from) })
						: fill(t.range, { from: formatDay(stage.from), to: formatDay(stage.to) });
				const li = el('li', fill(t.stage, { week: stage.week, title: info.title, dates }));
				const tasks = el('ul');
				tasks.append(...stage.tasks.map((task) => el('li', label(stage.week, task))));
				li.append(tasks);
				return li;
			}),
		);
		const dropped = fit.kind === 'compressed' ? fit.dropped : [];
		bound(this, 'dropped').replaceChildren(...dropped.map((d) => el('li', label(d.week, d.task))));
		bound(this, 'dropped-wrap').hidden = dropped.length === 0;
	}

	/** Saves, and says next to the control when the browser refused (the tick then shows what is stored). */
	#save(next: PracticeData, near: Element) {
		const saved = commitPractice(next);
		if (openPractice().status !== 'unavailable') saveError(near, saved ? '' : this.#text.saveFailed);
	}

	#render() {
		const { plan } = openPractice().data;
		const t = this.#text;
		this.#renderFit(plan);
		const planWeeks: PlanWeek[] = this.#weeks.map((w) => ({ id: w.id, week: w.week, tasks: w.tasks.map((x) => x.id) }));
		const due = dueTasks(planWeeks, plan, localDay(new Date()));
		const phase = due.phase;
		const current = phase.kind === 'week' ? this.#weeks.find((w) => w.week === phase.week)! : undefined;
		let sentence = t.unset;
		if (phase.kind === 'before') sentence = fill(t.before, { days: phase.daysUntil, date: formatDay(plan.startDate!) });
		if (phase.kind === 'after') sentence = fill(t.after, { days: phase.daysSince });
		if (phase.kind === 'week' && current) {
			const range = weekRange(plan.startDate!, phase.week);
			sentence = fill(t.week, {
				day: phase.day,
				week: phase.week,
				title: current.title,
				from: formatDay(range.from),
				to: formatDay(range.to),
			});
		}
		// A status line speaks when its text changes: write it only then, not on every redraw.
		const phaseLine = bound(this, 'phase');
		if (phaseLine.textContent !== sentence) phaseLine.textContent = sentence;
		const label = (item: { week: number; task: string }) =>
			this.#weeks.find((w) => w.week === item.week)!.tasks.find((x) => x.id === item.task)!.label;
		const items = (list: { week: number; task: string }[]) =>
			list.map((item) => {
				const li = el('li');
				li.append(el('a', label(item), { href: `#task-${item.task}` }));
				return li;
			});
		const dueList = bound(this, 'due');
		dueList.replaceChildren(...items(due.thisWeek));
		if (phase.kind === 'week' && due.thisWeek.length === 0) {
			dueList.append(el('li', t.dueNone));
		}
		bound(this, 'overdue').replaceChildren(...items(due.overdue));
		bound(this, 'overdue-wrap').hidden = due.overdue.length === 0;

		for (const section of this.querySelectorAll<HTMLElement>('section.week')) {
			const info = planWeeks.find((w) => w.week === Number(section.dataset['week']))!;
			const progress = weekProgress(info, plan);
			bound(section, 'progress').textContent = fill(t.progress, progress);
			section.querySelector('progress')!.value = progress.done;
			const ticked = new Set(plan.weeks[info.id]?.checked ?? []);
			for (const box of section.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = ticked.has(box.value);
			const isCurrent = phase.kind === 'week' && phase.week === info.week;
			if (isCurrent) section.setAttribute('aria-current', 'true');
			else section.removeAttribute('aria-current');
			section.querySelector<HTMLElement>('.this-week')!.hidden = !isCurrent;
			const range = plan.startDate ? weekRange(plan.startDate, info.week) : undefined;
			bound(section, 'dates').textContent = range ? fill(t.range, { from: formatDay(range.from), to: formatDay(range.to) }) : '';
		}
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-plan': PrepPlan;
	}
}

defineIsland('prep-plan', PrepPlan);
