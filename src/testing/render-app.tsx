import { QueryClient } from '@tanstack/react-query';
import { createMemoryHistory } from '@tanstack/react-router';
import { render } from '@testing-library/react';
import { App } from '../app/app';
import { createAppRouter } from '../app/router';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/messages';

/** Renders the whole app at `path`, with a fresh QueryClient (no retries) and the given language. */
export function renderApp(path = '/', { language = 'zh' }: { language?: Language } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const router = createAppRouter(queryClient, createMemoryHistory({ initialEntries: [path] }));
  const view = render(<App queryClient={queryClient} i18n={createI18n(language)} router={router} />);
  return { ...view, router, queryClient };
}
