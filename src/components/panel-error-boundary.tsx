import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from '../i18n/react';

/** Catches a render error in one panel, says so, and lets the user try again; the rest of the page keeps working. */
export function PanelErrorBoundary({ children }: { children: ReactNode }) {
  const { reset } = useQueryErrorResetBoundary();
  const { t } = useTranslation();
  return (
    <ErrorBoundary
      onReset={reset}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <div className="state state-error" role="alert">
          <p className="state-error-title">{t('state.renderError')}</p>
          <details>
            <summary>{t('state.technical')}</summary>
            <code>{error instanceof Error ? error.message : String(error)}</code>
          </details>
          <button type="button" className="button" onClick={resetErrorBoundary}>
            {t('state.retry')}
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
