import { useTranslation } from '../i18n/react';
import type { Indicator, WaterClass } from '../domain/gb3838';

/**
 * A single-factor GB 3838-2002 class as a badge: the class is written out, the colour only repeats it. TN's class is
 * labelled as its own (单独评价): it is assessed against the lake limits alone and never decides a station's class.
 */
export function ClassBadge({ waterClass, indicator }: { waterClass: WaterClass | null; indicator: Indicator }) {
  const { t } = useTranslation();
  return (
    <span className="class-badge-group">
      <span
        className={`class-badge class-${waterClass ?? 'none'}`}
        title={t('waterClass.single', { indicator: t(`indicator.${indicator}`) })}
      >
        {t(`waterClass.${waterClass ?? 'none'}`)}
      </span>
      {indicator === 'tn' && waterClass !== null && (
        <span className="class-badge-note" title={t('waterClass.tnOwnTitle')}>
          {t('waterClass.tnOwn')}
        </span>
      )}
    </span>
  );
}
