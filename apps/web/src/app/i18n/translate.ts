import type { Locale } from './locale';
import { messagesEn } from './messages-en';
import { messagesTh, type MessageKey } from './messages-th';
import type { MessageParams } from './i18n-context';

const catalogues: Record<Locale, Record<MessageKey, string>> = { th: messagesTh, en: messagesEn };

/**
 * Placeholders take their values as given: format numbers before passing them (years must stay ungrouped).
 * An unknown placeholder is left visible rather than silently dropped.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = catalogues[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}
