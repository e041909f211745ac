export { createFormatters } from './create-formatters';
export type { Formatters } from './create-formatters';
export type { I18n, MessageParams } from './i18n-context';
export { I18nProvider } from './i18n-provider';
export type { I18nProviderProps } from './i18n-provider';
export { DEFAULT_LOCALE, LOCALES, LOCALE_STORAGE_KEY, type Locale } from './locale';
export type { MessageKey } from './messages-th';
export { useI18n } from './use-i18n';
