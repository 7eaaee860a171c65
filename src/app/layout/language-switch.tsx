import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from '../../i18n/react';
import { LANGUAGES } from '../../i18n/messages';

/** 中文 | English, as a pair of toggle buttons; the choice goes into the URL and is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={i18n.language === language}
          onClick={() => void navigate({ to: '.', search: (prev) => ({ ...prev, lang: language }), replace: true })}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
