import { Link, Outlet } from '@tanstack/react-router';
import { useTranslation } from '../../i18n/react';
import { useMeta } from '../../api/meta';
import { useDataMark } from '../../components/data-mark';
import { formatDateTime } from '../../i18n/format';
import { LanguageSwitch } from './language-switch';
import { useLanguageSync } from './use-language-sync';

const NAV = [
  { to: '/', key: 'nav.overview' },
  { to: '/water-quality', key: 'nav.waterQuality' },
  { to: '/sewers', key: 'nav.sewers' },
  { to: '/brief', key: 'nav.brief' },
  { to: '/data', key: 'nav.data' },
  { to: '/wall', key: 'nav.wall' },
] as const;

/** Every screen: the language follows the URL. */
export function LanguageRoot() {
  useLanguageSync();
  return <Outlet />;
}

/** The desk pages' frame: header with navigation, language and the "illustrative data" mark; the page; the footer. */
export function DeskLayout() {
  const { t } = useTranslation();
  const meta = useMeta();
  const mark = useDataMark();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </div>
        <nav aria-label={t('nav.label')} className="app-nav">
          {NAV.map((item) => (
            <Link key={item.to} to={item.to} activeOptions={{ exact: true }} activeProps={{ 'aria-current': 'page' }}>
              {t(item.key)}
            </Link>
          ))}
        </nav>
        <div className="header-tools">
          {mark && (
            <span className="illustrative-mark" title={mark.note}>
              {mark.label}
            </span>
          )}
          {meta.data && <span className="as-of">{t('app.asOf', { date: formatDateTime(meta.data.asOf) })}</span>}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        {mark && (
          <p>
            <strong>{mark.label}</strong> · {mark.note}
          </p>
        )}
        <p>{t('app.source')}</p>
      </footer>
    </div>
  );
}
