import { useTranslation } from '../../i18n/react';
import { AppLink } from '../../routing/navigation';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="preparing" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <AppLink to="/" className="button">
        {t('notFound.back')}
      </AppLink>
    </section>
  );
}
