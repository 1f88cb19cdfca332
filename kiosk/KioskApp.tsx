/** The lobby kiosk: the live hall snapshot, one visitor session, the screen its route names. */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { AppSocket } from '../shared/live';
import { lang, setLang, t } from '../shared/i18n';
import { screenProfile } from '../shared/profiles/overlay';
import { ReconnectingMark } from '../shared/ui/components/ReconnectingMark';
import { deviceToken } from '../shared/ui/connection';
import { useLive } from '../shared/ui/use-live';
import { idleCountdown, idleSettings, useIdleReset } from './a11y/idle';
import { IdleWarning } from './a11y/IdleWarning';
import { PrintTest } from './screens/PrintTest';
import { Lens } from './a11y/Lens';
import { ModeBar } from './a11y/ModeBar';
import { reachBand } from './a11y/reach';
import { playSound, resetVolume } from './a11y/sounds';
import {
  browserVoiceAllowed,
  forgetVoice,
  kioskVoicePath,
  speak,
  useVoiceGuide,
} from './a11y/voice';
import { reportVoicePath } from '../shared/ui/server-voice';
import { KioskContext } from './context';
import { screens } from './screens';
import { ticketSummary } from './screens/TicketIssued';
import { createKioskState, type KioskModes, type KioskRoute } from './state';
import './a11y/a11y.css';

/** Puts the modes on <html> as classes (theme.css and kiosk.css turn them into variables). */
function useModeClasses(modes: KioskModes, band: { top: number; bottom: number } | null): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('large-font', modes.largeFont);
    root.classList.toggle('high-contrast', modes.highContrast);
    root.classList.toggle('low-screen', modes.lowScreen && band !== null);
    if (band) {
      root.style.setProperty('--reach-top', `${band.top}px`);
      root.style.setProperty('--reach-height', `${band.bottom - band.top}px`);
    }
  }, [modes, band?.top, band?.bottom]);
}

export function KioskApp({ socket }: { socket: AppSocket }) {
  const live = useLive(socket, { kind: 'kiosk' });
  const session = useMemo(() => createKioskState(), []);
  const shell = useRef<HTMLDivElement>(null);
  const hall = live.state.value;
  const route = session.route.value;
  const modes = session.modes.value;
  const Screen = screens[route.screen] as
    ((props: { route: KioskRoute }) => preact.JSX.Element) | undefined;

  const settings = hall?.device.settings;
  const band = useMemo(
    () => (settings ? reachBand(window.innerHeight, settings) : null),
    [settings?.pxPerMm, settings?.screenBottomMm],
  );
  useModeClasses(modes, band);
  const idle = useMemo(
    () => idleSettings(screenProfile(hall?.hall ?? { profileId: 'demo' })),
    [hall?.hall.profileId, hall?.hall.profileOverrides],
  );
  useIdleReset(session, idle);
  // The volume and the last spoken line are the visitor's: back to the default after each visit.
  useEffect(
    () =>
      session.onReset(() => {
        resetVolume();
        forgetVoice();
      }),
    [session],
  );
  // The admin's device list shows how this kiosk's voice guidance speaks; the browser's voices
  // load a moment after the page, so it is asked a little later.
  const allowBrowserVoice = hall?.voice?.allowBrowserVoice ?? true;
  useEffect(() => {
    browserVoiceAllowed.value = allowBrowserVoice;
    if (!live.connected.value) return;
    const timer = setTimeout(() => reportVoicePath(kioskVoicePath(), deviceToken.value), 3000);
    return () => clearTimeout(timer);
  }, [live.connected.value, allowBrowserVoice]);
  // A ticket is a confirmation: a sound with it, whether or not a voice can speak.
  useEffect(() => {
    if (route.screen === 'ticket') playSound('confirm');
  }, [route]);
  // What the voice says of a screen: its heading, then every result it marks `data-speak`
  // (a receipt number, a callback's who and when, a help call's state, route steps, a page).
  const lastLine = useRef('');
  const screenLine = (): string => {
    const main = shell.current?.querySelector('main');
    if (!main) return '';
    const parts = [main.querySelector('h1')?.textContent ?? ''];
    if (route.screen === 'ticket') parts.push(ticketSummary(route.ticket));
    for (const el of main.querySelectorAll<HTMLElement>('[data-speak]'))
      if (!el.closest('h1')) parts.push(el.innerText || el.textContent || '');
    return parts
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('. ');
  };
  useVoiceGuide(
    modes.voice,
    modes.voice && modes.tapToHear,
    `${route.screen}:${lang.value}`,
    () => {
      lastLine.current = screenLine();
      return lastLine.current;
    },
  );
  // A screen that changes without a route change (the survey's question, a receipt, a staff
  // card, results, a help call's state) is spoken when it settles, like a new screen.
  useEffect(() => {
    const root = shell.current;
    if (!modes.voice || !root) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const line = screenLine();
        if (line && line !== lastLine.current) {
          lastLine.current = line;
          speak(line);
        }
      }, 500);
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }, [modes.voice, route]);

  return (
    <>
      {/* Under the idle warning the kiosk is inert: the dialog is all a visitor can reach. */}
      <div class="kiosk" ref={shell} inert={idleCountdown.value !== null}>
        <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
        <header class="kiosk-top">
          <span class="kiosk-brand">
            {hall ? (lang.value === 'en' ? hall.hall.nameEn : hall.hall.name) : t('app.name')}
          </span>
          {/* The hall's languages (admin console): Korean only hides the switch. */}
          {(hall?.hall.languages ?? ['ko', 'en']).includes('en') && (
            <button
              type="button"
              class="kiosk-lang"
              onClick={() => setLang(lang.value === 'ko' ? 'en' : 'ko')}
              lang={lang.value === 'ko' ? 'en' : 'ko'}
            >
              {t('common.language')}
            </button>
          )}
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
        <ModeBar session={session} />
        <nav class="kiosk-bottom" aria-label={t('kiosk.always')}>
          <button type="button" onClick={() => session.reset()}>
            {t('common.home')}
          </button>
          <button type="button" class="help" onClick={() => session.go({ screen: 'help' })}>
            {t('kiosk.help')}
          </button>
        </nav>
      </div>
      {modes.lens && <Lens source={() => shell.current} />}
      <IdleWarning />
      <PrintTest socket={socket} />
    </>
  );
}
