import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import type { I18n } from '../i18n/i18n';
import { I18nProvider } from '../i18n/react';
import type { createAppRouter } from './router';

interface AppProps {
  queryClient: QueryClient;
  i18n: I18n;
  router: ReturnType<typeof createAppRouter>;
}

/** Providers around the router; built by main.tsx in the browser and by the test helpers in Vitest. */
export function App({ queryClient, i18n, router }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nProvider>
    </QueryClientProvider>
  );
}
