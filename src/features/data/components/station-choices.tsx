import { useTranslation } from 'react-i18next';
import type { StationKind } from '../../../domain/gb3838';
import { formatNumber, formatShare } from '../../../i18n/format';
import type { Language } from '../../../i18n/messages';
import type { PreviewStation, StationChoice } from '../../../import/water-import';

const KINDS: StationKind[] = ['lake', 'inflow', 'outflow'];

interface StationChoicesProps {
  stations: PreviewStation[];
  choices: StationChoice[];
  onChange: (choices: StationChoice[]) => void;
}

/** The stations found: known or new, the kind of each new one, the headline station, and the coverage of each. */
export function StationChoices({ stations, choices, onChange }: StationChoicesProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const update = (key: string, change: Partial<StationChoice>) =>
    onChange(
      choices.map((c) =>
        change.headline ? { ...c, headline: c.key === key } : c.key === key ? { ...c, ...change } : c,
      ),
    );
  return (
    <div className="table-scroll">
      <table className="data-table import-stations">
        <caption>{t('data.stationsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.station')}</th>
            <th scope="col">{t('data.kind')}</th>
            <th scope="col">{t('data.headline')}</th>
            <th scope="col">
              {t('data.coverage')} {t('indicator.nh3n')}
            </th>
            <th scope="col">
              {t('data.coverage')} {t('indicator.tn')}
            </th>
            <th scope="col">{t('data.readings')}</th>
          </tr>
        </thead>
        <tbody>
          {stations.map((station) => {
            const choice = choices.find((c) => c.key === station.key);
            if (!choice) return null;
            return (
              <tr key={station.key}>
                <th scope="row">
                  {station.name}{' '}
                  <span className={`import-tag ${station.known ? '' : 'import-tag-new'}`}>
                    {station.known ? t('data.matched') : t('data.newStation')}
                  </span>
                </th>
                <td>
                  <select
                    aria-label={`${t('data.kind')} · ${station.name}`}
                    value={choice.kind}
                    onChange={(event) => update(station.key, { kind: event.target.value as StationKind })}
                  >
                    {KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`data.kinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <input
                    type="radio"
                    name="headline-station"
                    aria-label={`${t('data.headline')} · ${station.name}`}
                    checked={choice.headline}
                    onChange={() => update(station.key, { headline: true })}
                  />
                </td>
                <td className="number">{formatShare(station.coverage.nh3n, language)}</td>
                <td className="number">{formatShare(station.coverage.tn, language)}</td>
                <td className="number">
                  {formatNumber(Math.max(station.readings.nh3n, station.readings.tn), language)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
