import { preloadPageChunk, startSnapshotWorker } from './app/page-chunks';
import { env } from './config/env';
import { prepareNumberFormats } from './i18n/format';
import { browserStorage, initialLanguage } from './i18n/language';

/**
 * The entry does two things at once: it starts loading the mock API (the app's backend in dev and in the production
 * build alike, a chunk of its own, served in the page) and the app itself, so that neither waits for the other to
 * download and compile. The shell renders as soon as the app is in; requests wait for the mock's chunk. A deep link's
 * page chunk starts loading at once too, and so does the worker that draws its first charts. While they download, the
 * number formatters are made (see `prepareNumberFormats`).
 */
const mockReady = env.mocking
  ? import('../mocks/browser').then((m) =>
      m.startMockApi({
        basePath: new URL(env.apiBaseUrl, window.location.origin).pathname,
        search: window.location.search,
      }),
    )
  : null;

preloadPageChunk(window.location.pathname);
startSnapshotWorker(window.location.pathname);
prepareNumberFormats(initialLanguage(window.location.search, browserStorage()));

void import('./app/start').then((m) => {
  m.startApp(document.getElementById('root')!, mockReady);
});
