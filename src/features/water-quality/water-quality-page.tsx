import { useTranslation } from 'react-i18next';
import { Preparing } from '../../components/preparing';

/** `/water-quality`: in preparation until its issue lands. */
export function WaterQualityPage() {
  const { t } = useTranslation();
  return <Preparing what={t('preparing.waterQuality')} />;
}
