import { LOCALES, useI18n } from '../i18n';

/** Two toggle buttons, each labelled in its own language, so a reader of either can find theirs. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className="app-language" role="group" aria-label={t('language.label')}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="app-language__option"
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {t(option === 'th' ? 'language.th' : 'language.en')}
        </button>
      ))}
    </div>
  );
}
