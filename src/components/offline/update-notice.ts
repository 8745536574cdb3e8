/**
 * Registers the service worker (src/offline/worker.ts, written to `sw.js` by the build) and, when
 * a newer build has installed beside the one this page runs, says so: "A new version of this
 * guide is ready. Reload". The new build takes over only when the reader chooses Reload, so a
 * page is never swapped under someone typing an answer, and never left stale without a word.
 */
import { UPDATE_TEXT } from './text.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
/** How often an open page asks for a newer build; the browser also asks on every visit. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** The notice's live region, in the page from the start so that its text is announced once. */
function noticeRegion(): HTMLElement {
	const region = document.createElement('div');
	region.className = 'prep-update-notice';
	region.setAttribute('role', 'status');
	region.setAttribute('aria-label', UPDATE_TEXT.region);
	document.body.append(region);
	return region;
}

function offer(region: HTMLElement, waiting: ServiceWorker, onReload: () => void) {
	if (region.childElementCount > 0) return;
	const message = document.createElement('p');
	message.textContent = `${UPDATE_TEXT.ready} `;
	const reload = document.createElement('button');
	reload.type = 'button';
	reload.textContent = UPDATE_TEXT.reload;
	reload.setAttribute('aria-label', UPDATE_TEXT.reloadLabel);
	reload.addEventListener('click', () => {
		onReload();
		waiting.postMessage('take-over');
	});
	const later = document.createElement('button');
	later.type = 'button';
	later.textContent = UPDATE_TEXT.later;
	later.addEventListener('click', () => region.replaceChildren());
	message.append(reload, ' ', later);
	region.append(message);
}

async function register() {
	const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
	const region = noticeRegion();
	let asked = false;
	// The first install also changes the controller (it claims open pages); only a change the
	// reader asked for reloads.
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (asked) location.reload();
	});
	const offerIfWaiting = () => {
		if (registration.waiting && navigator.serviceWorker.controller) {
			offer(region, registration.waiting, () => (asked = true));
		}
	};
	offerIfWaiting();
	registration.addEventListener('updatefound', () => {
		const installing = registration.installing;
		installing?.addEventListener('statechange', () => {
			if (installing.state === 'installed') offerIfWaiting();
		});
	});
	setInterval(() => void registration.update().catch(() => undefined), CHECK_EVERY_MS);
}

if ('serviceWorker' in navigator) void register().catch(() => undefined); // offline use is a bonus, never an error
