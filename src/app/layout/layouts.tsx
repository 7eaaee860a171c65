import { AsOf } from '../../components/as-of';
import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/react';
import { useMeta } from '../../api/meta';
import { useDataMark } from '../../components/data-mark';
import { formatDateTime } from '../../i18n/format';
import { AppLink } from '../../routing/navigation';
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
export function LanguageRoot({ children }: { children: ReactNode }) {
  useLanguageSync();
  return children;
}

/** The desk pages' frame: header with navigation, language and the "illustrative data" mark; the page; the footer. */
export function DeskLayout({ children }: { children: ReactNode }) {
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
            <AppLink key={item.to} to={item.to} markCurrent>
              {t(item.key)}
            </AppLink>
          ))}
        </nav>
        <div className="header-tools">
          {mark && (
            <span className="illustrative-mark" title={mark.note}>
              {mark.label}
            </span>
          )}
          {meta.data && (
            <span className="as-of">
              <AsOf meta={meta.data} format={formatDateTime} />
            </span>
          )}
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
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
