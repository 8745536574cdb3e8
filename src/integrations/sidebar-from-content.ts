/**
 * Reads the frontmatter the sidebar needs straight from `content/` at config time (Astro's
 * content layer is not available yet then). Malformed entries are skipped here: the content
 * check that runs before every build reports them with file and field.
 */
import { buildSidebar, type SidebarItem } from '../lib/sidebar.ts';
import { readCollectionFiles } from './content-files.ts';

type Data = Record<string, unknown>;

const hasFields = (data: unknown, fields: string[]): data is Data =>
	typeof data === 'object' && data !== null && fields.every((f) => f in data);

export function sidebarFromContent(contentDir: string, root = process.cwd()): SidebarItem[] {
	const read = (dir: string, fields: string[]): (Data & { id: string })[] =>
		readCollectionFiles(root, contentDir, dir).flatMap(({ id, data }) => (hasFields(data, fields) ? [{ ...data, id }] : []));
	const prompts = read('prompts', ['short', 'bucket', 'theme', 'order']).map((p) => ({
		id: p.id,
		short: String(p.short),
		bucket: p.bucket as never,
		theme: p.theme as never,
		order: Number(p.order),
		highestSignal: p.highestSignal === true,
	}));
	const answers = read('answers', ['title', 'order']).map((a) => ({
		id: a.id,
		title: String(a.title),
		order: Number(a.order),
	}));
	const pitfalls = read('pitfalls', ['title', 'rank']).map((p) => ({
		id: p.id,
		title: String(p.title),
		order: Number(p.rank),
	}));
	return buildSidebar({ prompts, answers, pitfalls });
}
