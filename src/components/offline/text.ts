/** What the update notice says (src/components/offline/update-notice.ts). */
export const UPDATE_TEXT = {
	ready: 'A new version of this guide is ready.',
	reload: 'Reload',
	reloadLabel: 'Reload to use the new version',
	later: 'Later',
	region: 'Site updates',
} as const;
