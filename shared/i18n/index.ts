/** Messages by key in the current language; Korean by default, a new language is one more file. */
import { signal } from '@preact/signals';
import { en } from './en';
import { ko, type MessageKey } from './ko';
import type { Lang } from '../schemas/common';

const messages: Record<Lang, Record<MessageKey, string>> = { ko, en };

export const lang = signal<Lang>('ko');

export function setLang(next: Lang): void {
  lang.value = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

export function t(
  key: MessageKey,
  params: Record<string, string | number> = {},
  language: Lang = lang.value,
): string {
  const template = messages[language][key] ?? ko[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks the name in the current language from a record with `name` and `nameEn`. */
export const nameOf = (
  item: { name: string; nameEn: string },
  language: Lang = lang.value,
): string => (language === 'en' && item.nameEn ? item.nameEn : item.name);

export type { MessageKey };
