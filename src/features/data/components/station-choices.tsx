import { useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import type { StationKind } from '../../../domain/gb3838';
import { formatNumber, formatShare } from '../../../i18n/format';
import { defaultStationChoices, type PreviewStation, type StationChoice } from '../../../import/water-import';
import type { Location, StationRecord } from '../../../domain/dataset';
import { formatCadence } from '../lib/cadence';
import { formatDateTime } from '../../../i18n/format';

const KINDS: StationKind[] = ['lake', 'inflow', 'outflow'];

interface StationChoicesProps {
  stations: PreviewStation[];
  known: readonly StationRecord[];
  choices: StationChoice[];
  onChange: (choices: StationChoice[]) => void;
}

/**
 * The stations found: known or new (a new name can be matched to a known station), the kind of each new one, the
 * headline station, and each one's cadence, first and last reading and coverage.
 */
export function StationChoices({ stations, known, choices, onChange }: StationChoicesProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const update = (key: string, change: Partial<StationChoice>) =>
    onChange(
      choices.map((c) =>
        change.headline ? { ...c, headline: c.key === key } : c.key === key ? { ...c, ...change } : c,
      ),
    );
  // A known station taken by one name is offered to no other.
  const taken = new Set(choices.map((c) => c.id));
  const match = (station: PreviewStation, id: string) => {
    const target = known.find((k) => k.id === id);
    const fresh = defaultStationChoices([{ ...station, known: null }], null)[0]!;
    const own = choices.find((c) => c.key === station.key)!;
    const next: StationChoice = target
      ? { ...own, id: target.id, name: target.name, kind: target.kind, location: target.location, matchedByUser: true }
      : { ...own, id: freeId(choices), name: fresh.name, kind: 'lake', location: null, matchedByUser: false };
    onChange(choices.map((c) => (c.key === station.key ? next : c)));
  };
  return (
    <div className="table-scroll">
      <table className="data-table import-stations">
        <caption>{t('data.stationsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('data.station')}</th>
            <th scope="col">{t('data.matchTo')}</th>
            <th scope="col">{t('data.kind')}</th>
            <th scope="col">{t('data.headline')}</th>
            <th scope="col">{t('data.location')}</th>
            <th scope="col">
              {t('data.coverage')} {t('indicator.nh3n')}
            </th>
            <th scope="col">
              {t('data.coverage')} {t('indicator.tn')}
            </th>
            <th scope="col">{t('data.readings')}</th>
            <th scope="col">{t('data.cadence')}</th>
            <th scope="col">{t('data.firstLast')}</th>
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
                  {station.known ? (
                    <span className="muted">{station.known.name[language]}</span>
                  ) : (
                    <select
                      aria-label={`${t('data.matchTo')} · ${station.name}`}
                      value={choice.matchedByUser ? choice.id : ''}
                      onChange={(event) => match(station, event.target.value)}
                    >
                      <option value="">{t('data.asNewStation')}</option>
                      {known
                        .filter((k) => k.id === choice.id || !taken.has(k.id))
                        .map((k) => (
                          <option key={k.id} value={k.id}>
                            {k.name[language]}
                          </option>
                        ))}
                    </select>
                  )}
                </td>
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
                <td>
                  {station.known || choice.matchedByUser ? (
                    <span className="muted">
                      {choice.location ? `${choice.location.lat}, ${choice.location.lon}` : '—'}
                    </span>
                  ) : (
                    <LocationFields
                      name={station.name}
                      value={choice.location}
                      onChange={(location) => update(station.key, { location })}
                    />
                  )}
                </td>
                <td className="number">{formatShare(station.coverage.nh3n, language)}</td>
                <td className="number">{formatShare(station.coverage.tn, language)}</td>
                <td className="number">
                  {formatNumber(Math.max(station.readings.nh3n, station.readings.tn), language)}
                </td>
                <td>{formatCadence(station.cadenceMinutes, t)}</td>
                <td className="number">
                  {formatDateTime(station.first)} – {formatDateTime(station.last)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** Latitude and longitude of a new station, optional: both or neither (it is then listed beside the map). */
function LocationFields({
  name,
  value,
  onChange,
}: {
  name: string;
  value: Location | null;
  onChange: (location: Location | null) => void;
}) {
  const { t } = useTranslation();
  const [lat, setLat] = useState(value ? String(value.lat) : '');
  const [lon, setLon] = useState(value ? String(value.lon) : '');
  const commit = (nextLat: string, nextLon: string) => {
    const [y, x] = [Number(nextLat), Number(nextLon)];
    const valid = nextLat !== '' && nextLon !== '' && Math.abs(y) <= 90 && Math.abs(x) <= 180;
    onChange(valid && Number.isFinite(y) && Number.isFinite(x) ? { lat: y, lon: x } : null);
  };
  return (
    <span className="location-fields">
      <input
        type="number"
        step="any"
        min={-90}
        max={90}
        placeholder={t('data.lat')}
        aria-label={`${t('data.lat')} · ${name}`}
        value={lat}
        onChange={(event) => {
          setLat(event.target.value);
          commit(event.target.value, lon);
        }}
      />
      <input
        type="number"
        step="any"
        min={-180}
        max={180}
        placeholder={t('data.lon')}
        aria-label={`${t('data.lon')} · ${name}`}
        value={lon}
        onChange={(event) => {
          setLon(event.target.value);
          commit(lat, event.target.value);
        }}
      />
    </span>
  );
}

/** An id for a name unmatched again: the first `station-N` no other choice holds. */
function freeId(choices: readonly StationChoice[]): string {
  const taken = new Set(choices.map((c) => c.id));
  let n = 1;
  while (taken.has(`station-${n}`)) n++;
  return `station-${n}`;
}
