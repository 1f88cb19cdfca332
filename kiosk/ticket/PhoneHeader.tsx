/** The top of the phone page: the hall's name and the language toggle. */
import { lang, t } from '../../shared/i18n';
import { togglePhoneLang } from './phone-lang';

export function PhoneHeader({ hall }: { hall: { name: string; nameEn: string } | null }) {
  return (
    <header class="phone-top">
      <span class="phone-hall">
        {hall ? (lang.value === 'en' && hall.nameEn ? hall.nameEn : hall.name) : t('app.name')}
      </span>
      <button type="button" onClick={togglePhoneLang} lang={lang.value === 'ko' ? 'en' : 'ko'}>
        {t('common.language')}
      </button>
    </header>
  );
}
