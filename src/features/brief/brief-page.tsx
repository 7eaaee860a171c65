import { useRef } from 'react';
import { useTranslation } from '../../i18n/react';
import { AppLink, useSearchNavigate, useValidatedSearch } from '../../routing/navigation';
import { DrawAllCharts } from '../../charts/draw-all-charts';
import { BriefDocument, type BriefMapSection } from './brief-document';
import type { BriefProblem } from './use-brief';
import { useBrief } from './use-brief';
import { usePrintableCharts } from './use-printable-charts';
import { briefSearchSchema } from './search';
import './brief.css';

/**
 * `/brief`: the A4 briefing (DESIGN §8). On screen, the printed pages as sheets under a toolbar; printed (the
 * browser's dialog, "save as PDF"), the sheets alone, with a running header and page numbers.
 */
export function Briefing({ map }: { map: BriefMapSection }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const search = useValidatedSearch(briefSearchSchema);
  const navigate = useSearchNavigate();
  const sheets = useRef<HTMLDivElement>(null);
  const { allCharts, print } = usePrintableCharts(sheets);
  const brief = useBrief(search, allCharts);
  const events = brief.events.data ?? [];
  return (
    <div className="brief-screen">
      <div className="brief-toolbar" role="group" aria-label={t('brief.toolbar')}>
        {events.length > 1 && (
          <label className="control-inline">
            <span>{t('brief.pickEvent')}</span>
            <select
              value={brief.event?.id ?? ''}
              onChange={(e) => navigate((current) => ({ ...current, event: e.target.value }))}
            >
              {events.map((event) => (
                <option key={event.id} value={event.id}>
                  {event.name[language]}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="button" onClick={() => void print()} disabled={brief.problem !== null}>
          {t('brief.print')}
        </button>
        <span className="muted">{t('brief.printHint')}</span>
      </div>
      <div ref={sheets} className="brief-sheets">
        {brief.problem ? (
          <ProblemNotice problem={brief.problem} />
        ) : (
          <DrawAllCharts value={allCharts}>
            <BriefDocument brief={brief} map={map} />
          </DrawAllCharts>
        )}
      </div>
    </div>
  );
}

/** What in the URL cannot be honoured, and the way to the default briefing. */
function ProblemNotice({ problem }: { problem: BriefProblem }) {
  const { t } = useTranslation();
  const message =
    problem.kind === 'unknownEvent'
      ? t('brief.problem.unknownEvent', { event: problem.event })
      : t(`brief.problem.${problem.kind}`, { from: problem.from, to: problem.to });
  return (
    <div className="state state-error brief-problem" role="alert">
      <p className="state-error-title">{message}</p>
      <AppLink to="/brief" className="button">
        {t('brief.problem.useDefault')}
      </AppLink>
    </div>
  );
}
