import { useTranslation } from '../../../i18n/react';
import type { TransferEvent } from '../../../api/water-quality';
import { toShanghaiDate } from '../../../domain/shanghai-time';
import type { Language } from '../../../i18n/messages';

/** One line per transfer event under the page heading: name, dates, source and flow; or that there is none. */
export function TransferSummary({ events, language }: { events: readonly TransferEvent[]; language: Language }) {
  const { t } = useTranslation();
  if (events.length === 0) return <p className="page-lead">{t('waterQuality.noTransfer')}</p>;
  return (
    <>
      {events.map((event) => {
        const values = {
          event: event.name[language],
          source: event.source[language],
          from: toShanghaiDate(event.start),
          flow: event.flowM3s,
        };
        return (
          <p key={event.id} className="page-lead">
            {event.end === null
              ? t('waterQuality.transferRunning', values)
              : t('waterQuality.transfer', { ...values, to: toShanghaiDate(event.end - 1) })}
          </p>
        );
      })}
    </>
  );
}
