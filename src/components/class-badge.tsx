import { useTranslation } from 'react-i18next';
import type { WaterClass } from '../domain/gb3838';

/** A GB 3838-2002 class as a badge: the class is written out, the colour only repeats it. */
export function ClassBadge({ waterClass }: { waterClass: WaterClass | null }) {
  const { t } = useTranslation();
  return (
    <span className={`class-badge class-${waterClass ?? 'none'}`} title={t('waterClass.label')}>
      {t(`waterClass.${waterClass ?? 'none'}`)}
    </span>
  );
}
