import { preloadPageChunk, startSnapshotWorker } from './app/page-chunks';
import { startMockWorker } from '../mocks/start-mock-worker';
import { apiHost } from './config/api-host';
import { env } from './config/env';
import { prepareNumberFormats } from './i18n/format';
import { browserStorage, initialLanguage } from './i18n/language';
// The page's styles in the HTML, loading with the entry: imported by the app, Vite's loader would hold the app's
// chunk until they had loaded.
import 'virtual:palette.css';
import './styles/desk.css';

/**
 * The entry does two things at once: it starts the mock API (the app's backend in dev and in the production build
 * alike: its worker at once, and the page's bridge to it, a small chunk of its own) and loads the app itself, so that
 * neither waits for the other to download and compile. A deep link's page chunk starts loading at once too, and so
 * does the worker that draws its first charts. The app renders when it and the page's chunk are in; requests wait for
 * the bridge. While the chunks download, the number formatters are made (see `prepareNumberFormats`).
 */
function startMock(): Promise<void> {
  const basePath = new URL(env.apiBaseUrl, window.location.origin).pathname;
  const server = startMockWorker({ basePath, search: window.location.search });
  return import('../mocks/page-bridge').then((m) => m.startMockApi({ server, basePath }));
}

/**
 * A page open across an upgrade (a wall runs for days) asks for chunks the new deployment no longer has: it reloads
 * itself once to get the new ones. A second failure within a minute is left to the page's error state.
 */
function reloadOnceForStaleChunks() {
  window.addEventListener('vite:preloadError', (event) => {
    const key = 'gehu:reloaded-for-chunks';
    const last = Number(sessionStorage.getItem(key) ?? 0);
    if (Date.now() - last < 60_000) return;
    sessionStorage.setItem(key, String(Date.now()));
    event.preventDefault();
    window.location.reload();
  });
}

// Every download first, then the work done while they are on their way.
const app = import('./app/start');
// Served by the bureau server, the page starts no mock: nothing of MSW is fetched.
const mockReady = apiHost === 'mock' ? startMock() : null;
reloadOnceForStaleChunks();
const pageReady = preloadPageChunk(window.location.pathname);
startSnapshotWorker(window.location.pathname);
prepareNumberFormats(initialLanguage(window.location.search, browserStorage()));

void app.then((m) => {
  m.startApp(document.getElementById('root')!, mockReady, pageReady);
});
