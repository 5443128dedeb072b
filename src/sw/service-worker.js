// Service worker: after the first visit, the whole handbook (pages, calculators, data, search index)
// works without a network. The build prepends `const VERSION` and `const PRECACHE` (src/integrations/offline.ts).
/* global VERSION, PRECACHE */
const CACHE = `seh-${VERSION}`;

self.addEventListener('install', (event) => {
  // Fetch everything once; a failed file fails the install, so a half-filled cache is never used.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('seh-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // A static site serves the same file whatever the query: calculator state lives in the query string,
    // and the search index asks for its entry file with a cache-busting one.
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    try {
      const response = await fetch(request);
      if (response.ok && response.type === 'basic') cache.put(request, response.clone());
      return response;
    } catch (error) {
      if (request.mode === 'navigate') {
        const notFound = await cache.match(PRECACHE.find((url) => url.endsWith('/404.html')) ?? '/404.html');
        if (notFound) return notFound;
      }
      throw error;
    }
  })());
});

// Lets a page ask how much of the handbook is stored (shown to readers and used by the tests).
self.addEventListener('message', (event) => {
  if (event.data === 'offline-status') {
    caches.open(CACHE).then((cache) => cache.keys()).then((keys) => event.source?.postMessage({ type: 'offline-status', stored: keys.length, total: PRECACHE.length }));
  }
});
