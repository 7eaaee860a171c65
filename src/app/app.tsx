import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Router, type BaseLocationHook, type BaseSearchHook } from 'wouter';
import type { I18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/react';
import { AppRoutes } from './router';

interface AppProps {
  queryClient: QueryClient;
  i18n: I18n;
  /** Where the path and search come from: the browser's address (the default), or memory in tests. */
  location?: { hook: BaseLocationHook; searchHook: BaseSearchHook };
}

/** Providers around the routes; built by start.tsx in the browser and by the test helpers in Vitest. */
export function App({ queryClient, i18n, location }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider i18n={i18n}>
        <Router {...location}>
          <AppRoutes />
        </Router>
      </I18nProvider>
    </QueryClientProvider>
  );
}
