import { useTranslation } from '../../i18n/react';
import { LANGUAGES } from '../../i18n/messages';
import { useSearchNavigate } from '../../routing/navigation';

/** 中文 | English, as a pair of toggle buttons; the choice goes into the URL and is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const navigate = useSearchNavigate();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={i18n.language === language}
          onClick={() => navigate((current) => ({ ...current, lang: language }), { replace: true })}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
