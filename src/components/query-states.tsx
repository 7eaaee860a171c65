import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/react';
import { ApiError } from '../api/client';

/** The shared panel states: loading, empty, and error with a retry that works. */

export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </div>
  );
}

export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="state state-empty" role="status">
      {children ?? t('state.empty')}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const apiError = error instanceof ApiError ? error : null;
  const reason = apiError
    ? t(`state.errorKind.${apiError.kind}`, { status: apiError.status ?? '' })
    : t('state.errorKind.unknown');
  const technical = error instanceof Error ? error.message : String(error);
  return (
    <div className="state state-error" role="alert">
      <p className="state-error-title">{t('state.errorTitle')}</p>
      <p>{reason}</p>
      <details>
        <summary>{t('state.technical')}</summary>
        <code>{technical}</code>
      </details>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

/** A part that failed to render or load: what failed, the technical detail folded away, and the action that may mend it. */
export function FailureState({
  title,
  error,
  action,
  onAction,
}: {
  title: string;
  error: unknown;
  action: string;
  onAction: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="state state-error" role="alert">
      <p className="state-error-title">{title}</p>
      <details>
        <summary>{t('state.technical')}</summary>
        <code>{error instanceof Error ? error.message : String(error)}</code>
      </details>
      <button type="button" className="button" onClick={onAction}>
        {action}
      </button>
    </div>
  );
}
