import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../app/app';
import { parseSearch } from '../routing/search';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/messages';

/**
 * Renders the whole app at `path` (with its search), with a fresh QueryClient (no retries) and the given language.
 * `location()` is where the app has navigated since: its path and its search params as values.
 */
export function renderApp(path = '/', { language = 'zh' }: { language?: Language } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const memory = memoryLocation({ path, record: true });
  const view = render(<App queryClient={queryClient} i18n={createI18n(language)} location={memory} />);
  const location = () => {
    const [pathname = '/', search = ''] = memory.history.at(-1)!.split('?');
    return { pathname, search: parseSearch(search) };
  };
  return { ...view, location, queryClient };
}
