import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { createAppRouter } from './router';

interface AppProps {
  queryClient: QueryClient;
  i18n: i18n;
  router: ReturnType<typeof createAppRouter>;
}

/** Providers around the router; built by main.tsx in the browser and by the test helpers in Vitest. */
export function App({ queryClient, i18n, router }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <RouterProvider router={router} />
      </I18nextProvider>
    </QueryClientProvider>
  );
}
