/** Messages by key in the current language; Korean by default, a new language is one more file. */
import { signal } from '@preact/signals';
import { ko, type MessageKey } from './ko';
import type { Lang } from '../schemas/common';

// Korean ships with every screen; English arrives on first use (a visitor's tap, the board's
// bilingual labels, a phone set to English) or a moment after start-up, outside each screen's
// first script (scripts/bundle-budget.ts). Until it is here, Korean stands in, and every
// component that asked re-renders when it lands.
const messages: Partial<Record<Lang, Partial<Record<MessageKey, string>>>> = { ko: { ...ko } };
const loaders: Record<Exclude<Lang, 'ko'>, () => Promise<Record<MessageKey, string>>> = {
  en: () => import('./en').then((m) => m.en),
};
const arrived = signal(0);
const loading = new Map<Lang, Promise<void>>();

/** Loads a language's messages (at once for Korean); `t` re-renders its callers when they land. */
export function loadLang(language: Lang): Promise<void> {
  if (language === 'ko' || messages[language]) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]().then(
      (dict) => {
        messages[language] = dict;
        arrived.value++;
      },
      (error: unknown) => {
        loading.delete(language); // the next use asks again
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
if (typeof window !== 'undefined') setTimeout(() => void loadLang('en').catch(() => {}), 2000);

/** The staff consoles add their own Korean strings at start-up (shared/i18n/staff.ts). */
export function addKorean(dict: Partial<Record<MessageKey, string>>): void {
  Object.assign(messages.ko!, dict);
  arrived.value++;
}

/** Whether a key has a Korean line on this page (an error code with its own sentence). */
export const hasMessage = (key: string): key is MessageKey => key in messages.ko!;

export const lang = signal<Lang>('ko');

export function setLang(next: Lang): void {
  void loadLang(next).catch(() => {});
  lang.value = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

export function t(
  key: MessageKey,
  params: Record<string, string | number> = {},
  language: Lang = lang.value,
): string {
  void arrived.value; // subscribes the caller to a language arriving
  const dict = messages[language];
  if (!dict) void loadLang(language).catch(() => {});
  // A key of the consoles on a page that did not load them shows as itself, never crashes.
  const template = dict?.[key] ?? messages.ko![key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks the name in the current language from a record with `name` and `nameEn`. */
export const nameOf = (
  item: { name: string; nameEn: string },
  language: Lang = lang.value,
): string => (language === 'en' && item.nameEn ? item.nameEn : item.name);

/**
 * A server error in the screen's language, from its stable code (`error.<code>`), never the
 * server's English sentence; a code without its own line gets the general one with the code.
 */
export function errorText(
  error: { code: string; details?: { path: string }[] },
  language: Lang = lang.value,
): string {
  const key = `error.${error.code}`;
  const text =
    key in ko
      ? t(key as MessageKey, {}, language)
      : t('error.unknown', { code: error.code }, language);
  // A rejected form names its fields, so the officer sees where to look.
  const fields = (error.details ?? []).map((d) => d.path).filter(Boolean);
  return fields.length > 0 ? `${text} (${fields.join(', ')})` : text;
}

export type { MessageKey };
