import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { holdRequestsUntil } from './api/client';
import { createQueryClient } from './api/query-client';
import { App } from './app/app';
import { createAppRouter } from './app/router';
import { env } from './config/env';
import { createI18n, initialLanguage } from './i18n/i18n';
import './styles.css';

if (env.mocking) {
  // The mock API is the app's backend in dev and in the production build alike. It loads as its own chunk and the
  // shell renders meanwhile; requests wait for it.
  const basePath = new URL(env.apiBaseUrl, window.location.origin).pathname;
  holdRequestsUntil(
    import('../mocks/browser').then((m) => m.startMockWorker({ basePath, search: window.location.search })),
  );
}

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
})();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App
      queryClient={createQueryClient()}
      i18n={createI18n(initialLanguage(window.location.search, storage))}
      router={createAppRouter()}
    />
  </StrictMode>,
);
