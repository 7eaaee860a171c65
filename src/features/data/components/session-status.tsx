import { useTranslation } from '../../../i18n/react';
import { formatList } from '../../../i18n/format';
import { problemMessage } from '../lib/problem-message';
import type { ChosenFile, ImportPhase } from '../use-import';
import { AppLink } from '../../../routing/navigation';

/** Where an import stands: reading (with progress and a cancel), cancelled, failed, or done with a link to see it. */
export function SessionStatus<P>({
  phase,
  files,
  onCancel,
  done,
}: {
  phase: ImportPhase<P>;
  files: ChosenFile[];
  onCancel: () => void;
  /** The sentence for a finished import, given the file names. */
  done: (files: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  if (phase.kind === 'reading')
    return (
      <div className="import-progress" role="status">
        <label>
          {t('data.reading', { name: files[phase.file]?.file.name ?? '' })} <progress max={1} value={phase.done} />
        </label>{' '}
        <button type="button" className="button" onClick={onCancel}>
          {t('data.cancel')}
        </button>
      </div>
    );
  if (phase.kind === 'cancelled')
    return (
      <p role="status" className="muted">
        {t('data.cancelled')}
      </p>
    );
  if (phase.kind === 'failed')
    return (
      <p role="alert" className="import-problem">
        {problemMessage(phase.problem, t, language)}
      </p>
    );
  if (phase.kind === 'done')
    return (
      <p role="status" className="import-done">
        {done(formatList(phase.files, language))} <AppLink to="/">{t('data.seeOverview')}</AppLink>
      </p>
    );
  return null;
}
