/**
 * The home page as a new reader meets it on a 390 px phone: its title said once, the practice
 * tools one tap away, and the menu with the theme switch reachable.
 */
import { describe, expect, it } from 'vitest';
import { freshPage, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();

describe('the home page on a phone', () => {
	it('links to every practice tool, says its title once, and opens the menu with the theme switch', async () => {
		const { context, page } = await freshPage(site);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(site.url);
		expect(await page.title()).toBe('Backend Behavioral Prep');
		const content = page.locator('main');
		for (const [name, href] of <const>[
			['story bank', '/practice/stories/'],
			['four-week plan', '/practice/plan/'],
			['mock loop', '/practice/mock/'],
			['your progress', '/practice/progress/'],
			['flashcards', '/flashcards/'],
		]) {
			const link = content.getByRole('link', { name, exact: true });
			expect(await link.getAttribute('href'), name).toBe(href);
			expect(await link.isVisible(), name).toBe(true);
		}
		const menu = page.getByRole('button', { name: 'Menu' });
		expect(await menu.isVisible()).toBe(true);
		await menu.focus();
		await page.keyboard.press('Enter');
		const themes = page.getByRole('combobox', { name: 'Select theme' });
		await expect.poll(() => themes.filter({ visible: true }).count()).toBe(1);
		await themes.filter({ visible: true }).selectOption('light');
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
		await context.close();
	});
});
