export type Locale = 'th' | 'en';

export const DEFAULT_LOCALE: Locale = 'th';
export const LOCALES: readonly Locale[] = ['th', 'en'];
export const LOCALE_STORAGE_KEY = 'ita-insight.locale';

/** The BCP 47 tag used for `Intl` formatters and the `lang` attribute. */
export const INTL_LOCALE: Record<Locale, string> = { th: 'th-TH', en: 'en-GB' };

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The saved choice, or Thai. Storage can throw (privacy modes, quotas), which must not break the page. */
export function readStoredLocale(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Locale {
  try {
    const stored = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function storeLocale(locale: Locale, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // The choice then lasts for this visit only.
  }
}
