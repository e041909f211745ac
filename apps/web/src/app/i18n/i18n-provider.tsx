import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createFormatters } from './create-formatters';
import { I18nContext, type I18n } from './i18n-context';
import { readStoredLocale, storeLocale, type Locale } from './locale';
import { translate } from './translate';

export interface I18nProviderProps {
  children: ReactNode;
  /** Overrides the saved choice (tests, embedding). */
  initialLocale?: Locale;
}

export function I18nProvider({ children, initialLocale }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      format: createFormatters(locale),
    }),
    [locale, setLocale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
