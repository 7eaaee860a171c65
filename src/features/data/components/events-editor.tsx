import { useTranslation } from '../../../i18n/react';
import type { TransferEventRecord } from '../../../domain/dataset';
import { parseShanghaiDate, toShanghaiTimestamp } from '../../../domain/shanghai-time';

interface EventsEditorProps {
  events: TransferEventRecord[];
  onChange: (events: TransferEventRecord[]) => void;
}

const dateOf = (timestamp: string) => timestamp.slice(0, 10);
const timestampOf = (date: string) => {
  const ms = parseShanghaiDate(date);
  return ms === null ? null : toShanghaiTimestamp(ms);
};

/** The transfer events the import's figures are computed for: kept from the active data unless changed here. */
export function EventsEditor({ events, onChange }: EventsEditorProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const update = (id: string, change: Partial<TransferEventRecord>) =>
    onChange(events.map((e) => (e.id === id ? { ...e, ...change } : e)));
  const add = () => {
    let n = events.length + 1;
    while (events.some((e) => e.id === `event-${n}`)) n++;
    const start = events.at(-1)?.start ?? toShanghaiTimestamp(parseShanghaiDate('2023-10-10')!);
    const blank = { zh: '', en: '' };
    onChange([
      ...events,
      {
        id: `event-${n}`,
        name: { zh: '调水', en: 'Transfer' },
        source: blank,
        start,
        end: null,
        flowM3s: 0,
        note: blank,
      },
    ]);
  };
  return (
    <div className="events-editor">
      <p className="muted">{t('data.eventsLead')}</p>
      {events.map((event) => (
        <fieldset key={event.id} className="event-fields">
          <legend>{event.name[language] || event.id}</legend>
          <label>
            {t('data.eventNameZh')}
            <input
              value={event.name.zh}
              onChange={(e) => update(event.id, { name: { ...event.name, zh: e.target.value } })}
            />
          </label>
          <label>
            {t('data.eventNameEn')}
            <input
              value={event.name.en}
              onChange={(e) => update(event.id, { name: { ...event.name, en: e.target.value } })}
            />
          </label>
          <label>
            {t('data.eventStart')}
            <input
              type="date"
              value={dateOf(event.start)}
              onChange={(e) => {
                const start = timestampOf(e.target.value);
                if (start) update(event.id, { start });
              }}
            />
          </label>
          <label>
            {t('data.eventEnd')}
            <input
              type="date"
              value={event.end ? dateOf(event.end) : ''}
              disabled={event.end === null}
              onChange={(e) => {
                const end = timestampOf(e.target.value);
                if (end) update(event.id, { end });
              }}
            />
          </label>
          <label className="checkbox-option">
            <input
              type="checkbox"
              checked={event.end === null}
              onChange={(e) =>
                update(event.id, {
                  end: e.target.checked
                    ? null
                    : toShanghaiTimestamp(parseShanghaiDate(dateOf(event.start))! + 30 * 86_400_000),
                })
              }
            />
            {t('data.eventOpen')}
          </label>
          <label>
            {t('data.eventFlow')}
            <input
              type="number"
              min={0}
              step="any"
              value={event.flowM3s}
              onChange={(e) => {
                const flow = Number(e.target.value);
                if (Number.isFinite(flow) && flow >= 0) update(event.id, { flowM3s: flow });
              }}
            />
          </label>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => onChange(events.filter((e) => e.id !== event.id))}
          >
            {t('data.removeEvent')}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={add}>
        {t('data.addEvent')}
      </button>
    </div>
  );
}
