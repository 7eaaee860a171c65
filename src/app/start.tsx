import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { holdRequestsUntil } from '../api/client';
import { createQueryClient } from '../api/query-client';
import { createI18n, loadCatalogue } from '../i18n/i18n';
import { browserStorage, initialLanguage } from '../i18n/language';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/messages';
import { followChanges } from '../api/changes';
import { apiHost } from '../config/api-host';
import { DATASET_SERVED_EVENT } from '../import/dataset-channel';
import { App } from './app';
import { preloadRoute } from './router';

/**
 * Renders the app into `root`; API requests wait for `apiReady` (the mock worker) when given. The first render waits
 * for `pageReady`, the chunk of the page it opens on, which the entry loads alongside the app: the page then shows in
 * the first frame instead of after a pending one.
 */
export function startApp(root: HTMLElement, apiReady: Promise<void> | null, pageReady?: Promise<unknown>): void {
  if (apiReady) holdRequestsUntil(apiReady);
  const queryClient = createQueryClient();
  preloadRoute(queryClient, window.location.href);
  // The mock API serves another dataset (an import, here or in another tab): everything shown is refetched.
  window.addEventListener(DATASET_SERVED_EVENT, () => void queryClient.invalidateQueries());
  // The bureau server announces a newly active dataset (an import on any desk, the terminal): refetch what is shown.
  if (apiHost === 'server') followChanges(() => void queryClient.invalidateQueries());
  const app = createRoot(root);
  const render = (language: Language) =>
    // The first render as a transition: React renders it in slices of a few milliseconds and lets the browser
    // handle input and paint in between, rather than in one long task.
    startTransition(() =>
      app.render(
        <StrictMode>
          <App queryClient={queryClient} i18n={createI18n(language)} />
        </StrictMode>,
      ),
    );
  // English is a chunk of its own: the first render waits for it (and is in Chinese if it cannot load). A page chunk
  // that fails to load is said by the page (`PageLoadError`).
  const language = initialLanguage(window.location.search, browserStorage());
  void Promise.allSettled([loadCatalogue(language), pageReady]).then(([catalogue]) =>
    render(catalogue.status === 'fulfilled' ? language : DEFAULT_LANGUAGE),
  );
}
