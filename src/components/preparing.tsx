import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The honest placeholder for a route whose issue has not landed: what it will show, and no numbers. */
export function Preparing({ what }: { what: string }) {
  const { t } = useTranslation();
  return (
    <section className="preparing" aria-labelledby="preparing-title">
      <h1 id="preparing-title">{t('preparing.title')}</h1>
      <p>{t('preparing.body')}</p>
      <p>{what}</p>
      <Link to="/" className="button">
        {t('preparing.back')}
      </Link>
    </section>
  );
}
