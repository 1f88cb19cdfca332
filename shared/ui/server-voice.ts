/**
 * Server speech in the browser: plays `/api/speech` through one audio element, for screens whose
 * browser has no Korean voice (stock Debian Chromium has none). The board and the kiosk share it.
 */

import { api } from './api';

/** Which way a screen speaks: the hall's voice pack, the browser's own Korean voice, the server's engine. */
export type VoicePath = 'pack' | 'browser' | 'server';

/** Tells the admin's device list which way this screen speaks (null: it cannot). */
export function reportVoicePath(path: VoicePath | null, token: string | null): void {
  if (token) void api('/api/voice-packs/path', { body: { path }, deviceToken: token });
}

export const speechUrl = (text: string): string =>
  `/api/speech?text=${encodeURIComponent(text.replace(/\s+/g, ' ').trim())}`;

let element: HTMLAudioElement | null = null;
let finishCurrent: (() => void) | null = null;

function audioElement(): HTMLAudioElement | null {
  if (typeof Audio === 'undefined') return null;
  element ??= new Audio();
  return element;
}

/**
 * Plays the line and resolves when it ends, fails or is stopped: a line that cannot be fetched
 * never holds up the next one.
 */
export function playServerSpeech(text: string, volume = 1): Promise<void> {
  const audio = audioElement();
  if (!audio) return Promise.resolve();
  finishCurrent?.();
  return new Promise((resolve) => {
    const finish = () => {
      if (finishCurrent !== finish) return;
      finishCurrent = null;
      audio.onended = null;
      audio.onerror = null;
      resolve();
    };
    finishCurrent = finish;
    audio.onended = finish;
    audio.onerror = finish;
    audio.volume = Math.max(0, Math.min(1, volume));
    audio.src = speechUrl(text);
    audio.dataset.line = text;
    audio.play().catch(finish);
  });
}

export function stopServerSpeech(): void {
  element?.pause();
  finishCurrent?.();
}

export function pauseServerSpeech(paused: boolean): void {
  if (!element || !element.src) return;
  if (paused) element.pause();
  else void element.play().catch(() => undefined);
}
