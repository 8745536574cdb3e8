import { createRequire } from 'node:module';
import { launchBrowser } from './test/helpers/browser.ts';
import { serveStatic } from './test/helpers/serve.ts';
import { PAGE_KINDS } from './scripts/lib/page-kinds.ts';
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const server = await serveStatic('/work/wt-quality/dist/');
const browser = await launchBrowser();
for (const theme of ['light', 'dark']) {
  const ctx = await browser.newContext({ bypassCSP: true, colorScheme: theme as 'light' });
  await ctx.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await ctx.newPage();
  for (const { path } of PAGE_KINDS) {
    await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
    await page.addScriptTag({ path: AXE });
    const v = await page.evaluate(async () => {
      const r = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v: any) => `${v.id} x${v.nodes.length}: ${v.nodes[0].target.join(' ')} | ${v.nodes[0].failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`);
    });
    console.log(theme, path, v);
  }
  await ctx.close();
}
await browser.close(); await server.close();
