/**
 * Types for the two Starlight virtual modules that the Search override reads, as Starlight's own
 * Search.astro does; Starlight ships no declarations for them.
 */
declare module 'virtual:starlight/pagefind-config' {
	/** The `pagefind` options of Starlight's config, passed on to the Pagefind UI. */
	export const pagefindUserConfig: Record<string, unknown>;
}

declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore' };
	export default project;
}
