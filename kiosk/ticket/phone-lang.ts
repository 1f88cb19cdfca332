/** The phone page's language: Korean first, English by the toggle, remembered on the phone. */
import { lang, setLang } from '../../shared/i18n';

const LANG_KEY = 'annae.phone.lang';

export function restorePhoneLang(): void {
  if (localStorage.getItem(LANG_KEY) === 'en') setLang('en');
}

export function togglePhoneLang(): void {
  const next = lang.value === 'ko' ? 'en' : 'ko';
  setLang(next);
  localStorage.setItem(LANG_KEY, next);
}
