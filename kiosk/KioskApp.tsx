/** The lobby kiosk: the live hall snapshot, one visitor session, the screen its route names. */
import { useMemo } from 'preact/hooks';
import type { AppSocket } from '../shared/live';
import { lang, setLang, t } from '../shared/i18n';
import { ReconnectingMark } from '../shared/ui/components/ReconnectingMark';
import { deviceToken } from '../shared/ui/connection';
import { useLive } from '../shared/ui/use-live';
import { KioskContext } from './context';
import { screens } from './screens';
import { createKioskState, type KioskRoute } from './state';

export function KioskApp({ socket }: { socket: AppSocket }) {
  const live = useLive(socket, { kind: 'kiosk' });
  const session = useMemo(() => createKioskState(), []);
  const hall = live.state.value;
  const route = session.route.value;
  const Screen = screens[route.screen] as
    ((props: { route: KioskRoute }) => preact.JSX.Element) | undefined;

  return (
    <div class="kiosk">
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="kiosk-top">
        <span class="kiosk-brand">
          {hall ? (lang.value === 'en' ? hall.hall.nameEn : hall.hall.name) : t('app.name')}
        </span>
        <button
          type="button"
          onClick={() => setLang(lang.value === 'ko' ? 'en' : 'ko')}
          lang={lang.value === 'ko' ? 'en' : 'ko'}
        >
          {t('common.language')}
        </button>
      </header>
      {hall && Screen ? (
        <KioskContext.Provider value={{ hall, session, socket, deviceToken: deviceToken.value }}>
          <Screen route={route} />
        </KioskContext.Provider>
      ) : (
        <p role="status" class="kiosk-main">
          {t('common.loading')}
        </p>
      )}
      <nav class="kiosk-bottom" aria-label={t('kiosk.always')}>
        <button type="button" onClick={() => session.reset()}>
          {t('common.home')}
        </button>
        <button type="button" class="help" onClick={() => session.go({ screen: 'help' })}>
          {t('kiosk.help')}
        </button>
      </nav>
    </div>
  );
}
