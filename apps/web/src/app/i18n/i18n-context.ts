import { createContext } from 'react';
import type { Formatters } from './create-formatters';
import type { Locale } from './locale';
import type { MessageKey } from './messages-th';

export type MessageParams = Record<string, string | number>;

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The text of `key` in the current language, with `{name}` placeholders filled from `params`. */
  t: (key: MessageKey, params?: MessageParams) => string;
  format: Formatters;
}

export const I18nContext = createContext<I18n | null>(null);
