import { AsOf } from '../../components/as-of';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { useMeta } from '../../api/meta';
import { useDataMark } from '../../components/data-mark';
import { formatDate, formatDateTime } from '../../i18n/format';
import { LanguageSwitch } from '../layout/language-switch';
import { useFreshness } from './use-freshness';
import type { Rotation } from './use-rotation';
import { AppLink } from '../../routing/navigation';

interface WallHeaderProps {
  rotation: Rotation;
  rotateSeconds: number;
  fullscreen: { active: boolean; available: boolean; toggle: () => void };
}

/** Title, clock, as-of date, the illustrative-data mark, freshness and rotation state, and the few controls. */
export function WallHeader({ rotation, rotateSeconds, fullscreen }: WallHeaderProps) {
  const { t } = useTranslation();
  const meta = useMeta();
  const mark = useDataMark();
  return (
    <header className="wall-header">
      <div className="wall-brand">
        <h1>{t('wall.title')}</h1>
        <p>{t('wall.subtitle')}</p>
      </div>
      <Clock />
      <div className="wall-meta">
        <p>
          {mark && (
            <span className="wall-illustrative" title={mark.note}>
              {mark.label}
            </span>
          )}
          {meta.data && (
            <span>
              <AsOf meta={meta.data} format={formatDate} />
            </span>
          )}
        </p>
        <p>
          <FreshnessStatus />
          <span className="wall-rotation-state" data-testid="wall-rotation-state">
            {rotateSeconds === 0
              ? t('wall.rotationOff')
              : rotation.paused
                ? t('wall.paused')
                : t('wall.rotating', { seconds: rotateSeconds })}
          </span>
        </p>
        <div className="wall-controls">
          {rotateSeconds > 0 && (
            <button
              type="button"
              aria-pressed={rotation.paused}
              aria-keyshortcuts="Space"
              title={t('wall.keys')}
              onClick={rotation.togglePause}
            >
              {rotation.paused ? t('wall.resume') : t('wall.pause')}
            </button>
          )}
          {fullscreen.available && (
            <button
              type="button"
              aria-pressed={fullscreen.active}
              aria-keyshortcuts="F"
              title={t('wall.keys')}
              onClick={fullscreen.toggle}
            >
              {fullscreen.active ? t('wall.exitFullscreen') : t('wall.fullscreen')}
            </button>
          )}
          <LanguageSwitch />
          <AppLink to="/">{t('notFound.back')}</AppLink>
        </div>
      </div>
    </header>
  );
}

const timeOfDay = (ms: number) => formatDateTime(ms).slice(11, 16);

/** How fresh the data on screen is; it alone re-renders when a refresh lands. */
function FreshnessStatus() {
  const { t } = useTranslation();
  const { state, updatedAt } = useFreshness();
  const text =
    state === 'stale'
      ? updatedAt === null
        ? t('wall.staleNever')
        : t('wall.staleSince', { time: timeOfDay(updatedAt) })
      : state === 'loading' || updatedAt === null
        ? t('wall.loading')
        : t('wall.updated', { time: timeOfDay(updatedAt) });
  return (
    <span role="status" className={`wall-freshness is-${state}`} data-state={state}>
      {text}
    </span>
  );
}

/** Shanghai time, to the minute, with the date and weekday; re-rendered on its own every second. */
function Clock() {
  const { t, i18n } = useTranslation();
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const weekdays = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'zh-CN', {
        weekday: 'long',
        timeZone: 'Asia/Shanghai',
      }),
    [i18n.language],
  );
  const weekday = weekdays.format(now);
  return (
    <p className="wall-clock" aria-label={t('wall.clock')}>
      <time className="wall-clock-time" dateTime={new Date(now).toISOString()}>
        {timeOfDay(now)}
      </time>
      <span className="wall-clock-date">
        {formatDate(now)} {weekday}
      </span>
    </p>
  );
}
