import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from '../i18n/react';
import { FailureState } from './query-states';

/** Catches a render error in one panel, says so, and lets the user try again; the rest of the page keeps working. */
export function PanelErrorBoundary({ children }: { children: ReactNode }) {
  const { reset } = useQueryErrorResetBoundary();
  const { t } = useTranslation();
  return (
    <ErrorBoundary
      onReset={reset}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <FailureState
          title={t('state.renderError')}
          error={error}
          action={t('state.retry')}
          onAction={resetErrorBoundary}
        />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
