import { useTranslation } from 'react-i18next';
import { Preparing } from '../../components/preparing';

/** `/wall`: in preparation until the wall-mode issue lands. */
export function WallPage() {
  const { t } = useTranslation();
  return <Preparing what={t('preparing.wall')} />;
}
