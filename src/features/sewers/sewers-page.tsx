import { useTranslation } from 'react-i18next';
import { Preparing } from '../../components/preparing';

/** `/sewers`: in preparation until its issue lands. */
export function SewersPage() {
  const { t } = useTranslation();
  return <Preparing what={t('preparing.sewers')} />;
}
