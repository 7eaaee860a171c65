import { Link } from '@tanstack/react-router';
import { useTranslation } from '../../i18n/react';

export function NotFound() {
  const { t } = useTranslation();
  return (
    <section className="preparing" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <Link to="/" className="button">
        {t('notFound.back')}
      </Link>
    </section>
  );
}
