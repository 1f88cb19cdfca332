/** The lobby kiosk: one live snapshot of the hall, screens chosen by a small state machine. */
import type { AppSocket } from '../shared/live';
import { lang, setLang, t } from '../shared/i18n';
import { ReconnectingMark } from '../shared/ui/components/ReconnectingMark';
import { useLive } from '../shared/ui/use-live';
import { Home } from './screens/Home';

export function KioskApp({ socket }: { socket: AppSocket }) {
  const live = useLive(socket, { kind: 'kiosk' });
  const state = live.state.value;
  return (
    <div class="kiosk">
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="kiosk-top">
        <span class="kiosk-brand">
          {state ? (lang.value === 'en' ? state.hall.nameEn : state.hall.name) : t('app.name')}
        </span>
        <button
          type="button"
          onClick={() => setLang(lang.value === 'ko' ? 'en' : 'ko')}
          lang={lang.value === 'ko' ? 'en' : 'ko'}
        >
          {t('common.language')}
        </button>
      </header>
      {state ? <Home state={state} /> : <p role="status">{t('common.loading')}</p>}
      <nav class="kiosk-bottom" aria-label={t('common.home')}>
        <button type="button">{t('common.home')}</button>
        <button type="button" class="help">
          {t('kiosk.help')}
        </button>
      </nav>
    </div>
  );
}
