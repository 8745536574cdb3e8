/**
 * The service worker: every page, asset and the Pagefind index of one build, kept for reading
 * offline. The build (src/integrations/service-worker.ts) writes it to `sw.js` with the helpers of
 * src/lib/offline.ts in front and the three constants below filled in.
 *
 * A new build installs beside the old one and waits: the open pages keep the files they were
 * built with until the reader chooses "Reload" on the notice (src/components/offline/update-notice.ts), which
 * asks the waiting worker to take over. Practice data lives in localStorage and IndexedDB, which
 * the worker never touches.
 */
import { cacheKeyFor, cacheName, isOurCache, notFoundUrl } from '../lib/offline.ts';

declare const PRECACHE: readonly string[];
declare const VERSION: string;
declare const BASE: string;

// The worker's own types, kept to what it uses (the DOM library this project compiles against
// has no service-worker types, and the two libraries cannot be mixed in one program).
interface WorkerEvent extends Event {
	waitUntil(work: Promise<unknown>): void;
}
interface WorkerFetchEvent extends WorkerEvent {
	request: Request;
	respondWith(response: Promise<Response>): void;
}
interface WorkerMessageEvent extends Event {
	data: unknown;
}
interface WorkerScope {
	location: Location;
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
	addEventListener(type: 'install' | 'activate', listener: (event: WorkerEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const CACHE = cacheName(VERSION);
const cached = new Set(PRECACHE);

worker.addEventListener('install', (event) => {
	// All or nothing: `addAll` fails if one file fails, so a half-kept build never takes over.
	// `reload` skips the HTTP cache, so the files are this build's, not an older copy.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })))));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(names.filter((name) => isOurCache(name) && name !== CACHE).map((name) => caches.delete(name))))
			.then(() => worker.clients.claim()),
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === 'take-over') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const key = cacheKeyFor(request.url, worker.location.origin, BASE, cached);
	if (key) {
		event.respondWith(caches.match(key, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
		return;
	}
	// A page this build does not have: the network's answer when online, else the 404 page.
	if (request.mode === 'navigate') {
		event.respondWith(
			fetch(request).catch(() => caches.match(notFoundUrl(BASE), { cacheName: CACHE }).then((page) => page ?? Response.error())),
		);
	}
});
