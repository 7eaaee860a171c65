import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import { QueryView } from '../../components/query-view';
import type { KeyPointsData } from './use-key-points';

interface KeyPointsBlockProps {
  data: KeyPointsData;
  title: string;
  /** Under the list: the overview's link to the briefing. */
  footer?: ReactNode;
  className?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** The key points as a numbered list, marked as generated from the data, with a button that copies them as text. */
export function KeyPointsBlock({ data, title, footer, className = '' }: KeyPointsBlockProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [copy, setCopy] = useState<CopyState>('idle');
  const { points, queries } = data;
  const copyPoints = async () => {
    if (!points) return;
    try {
      await navigator.clipboard.writeText(points.map((point, i) => `${i + 1}. ${point}`).join('\n'));
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section className={`key-points ${className}`} aria-labelledby={headingId}>
      <div className="key-points-head">
        <h2 id={headingId}>{title}</h2>
        <span className="generated-mark">{t('brief.generated')}</span>
        <button
          type="button"
          className="button button-quiet key-points-copy"
          onClick={() => void copyPoints()}
          disabled={!points || points.length === 0}
        >
          {t('brief.copy')}
        </button>
      </div>
      <QueryView queries={queries} isEmpty={() => points?.length === 0}>
        {() => (
          <ol className="key-points-list">
            {points!.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ol>
        )}
      </QueryView>
      <p className="key-points-status" role="status">
        {copy === 'idle' ? '' : t(copy === 'copied' ? 'brief.copied' : 'brief.copyFailed')}
      </p>
      {footer}
    </section>
  );
}
