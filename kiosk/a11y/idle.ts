/** The kiosk's idle reset: how long, from the charter profile, and the countdown as a signal. */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { CharterProfile } from '../../shared/profiles/schema';
import { lang, t } from '../../shared/i18n';
import { sharedAudioContext, playChime } from '../../shared/ui/sound';
import { NO_MODES, type KioskSession } from '../state';
import { speak } from './voice';

export type IdleSettings = { idleTimeoutSec: number; idleWarningSec: number };
/** For profiles that do not state it yet: 120 s, warned 30 s ahead. */
export const DEFAULT_IDLE: IdleSettings = { idleTimeoutSec: 120, idleWarningSec: 30 };

export function idleSettings(profile: Pick<CharterProfile, 'kiosk'>): IdleSettings {
  const kiosk = profile.kiosk ?? DEFAULT_IDLE;
  // The warning always shows at least 20 s (the standard) and never before the visit starts.
  const warning = Math.min(Math.max(20, kiosk.idleWarningSec), kiosk.idleTimeoutSec);
  return { idleTimeoutSec: kiosk.idleTimeoutSec, idleWarningSec: warning };
}

/** Seconds left before the reset while the warning shows; null while it does not. */
export const idleCountdown = signal<number | null>(null);

/**
 * Set while a screen must not be reset under the visitor: an open help call, whose visitor was
 * told to wait here and must see the helper's status or the escalation until it ends.
 */
export const idleHold = signal(false);

/** Whether anything of a visitor is on the kiosk: otherwise there is nothing to reset. */
function visitorPresent(session: KioskSession): boolean {
  const modes = session.modes.value;
  return (
    session.route.value.screen !== 'home' ||
    Object.keys(session.scratch.value).length > 0 ||
    lang.value !== 'ko' ||
    (Object.keys(NO_MODES) as (keyof typeof NO_MODES)[]).some((m) => modes[m])
  );
}

function warningTone(): void {
  try {
    const ctx = sharedAudioContext();
    if (ctx) {
      void ctx.resume().catch(() => undefined);
      playChime(ctx);
    }
  } catch {
    // No audio on this device: the countdown is still shown (and spoken when voice is on).
  }
}

/** Any touch or key restarts the clock; after the timeout the session resets itself. */
export function useIdleReset(session: KioskSession, settings: IdleSettings): void {
  useEffect(() => {
    let last = Date.now();
    const touched = () => {
      last = Date.now();
      if (idleCountdown.value !== null) idleCountdown.value = null;
    };
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, touched, { capture: true, passive: true });
    const timer = setInterval(() => {
      if (!visitorPresent(session) || idleHold.value) {
        last = Date.now();
        idleCountdown.value = null;
        return;
      }
      const left = Math.ceil(settings.idleTimeoutSec - (Date.now() - last) / 1000);
      if (left <= 0) {
        idleCountdown.value = null;
        session.reset();
        last = Date.now();
      } else if (left <= settings.idleWarningSec) {
        if (idleCountdown.value === null) {
          warningTone();
          if (session.modes.value.voice) speak(t('a11y.idleSpoken', { n: left }));
        }
        idleCountdown.value = left;
      }
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const e of events) window.removeEventListener(e, touched, { capture: true });
      idleCountdown.value = null;
    };
  }, [session, settings.idleTimeoutSec, settings.idleWarningSec]);
}
