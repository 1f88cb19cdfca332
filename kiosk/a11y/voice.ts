/**
 * 음성 안내: speaks the screen's title, what is under the finger or focus, and results. Each new
 * line cancels the one before; the voice matches the shown language (a Korean voice when present).
 */
import { signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { lang, t } from '../../shared/i18n';
import {
  pauseServerSpeech,
  playServerSpeech,
  stopServerSpeech,
} from '../../shared/ui/server-voice';
import { pickKoreanVoice } from '../../shared/ui/sound';
import { playSound, volumeLevel } from './sounds';

/** The hall's rule (admin 음성 팩): false sends Korean to the server's engine even where the browser has a voice. */
export const browserVoiceAllowed = signal(true);

/** The last line spoken for the visitor (not a voice control's own name): 다시 듣기 says it again. */
let lastLine = '';
/** Whether the visitor paused the voice (멈춤); any new line resumes. */
export const voicePaused = signal(false);
/** How long a first tap stays armed in tap-to-hear mode. */
export const TAP_AGAIN_MS = 1500;

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : null;
}

/** `lang`: a line in another language than the screen's (the English/한국어 switch says its own). */
export function speak(
  text: string,
  options: { remember?: boolean; lang?: 'ko' | 'en' } = {},
): void {
  const s = synth();
  const line = text.replace(/\s+/g, ' ').trim();
  if (line && options.remember !== false) lastLine = line;
  if (!line) return;
  const en = (options.lang ?? lang.value) === 'en';
  const hasSynth = !!s && typeof SpeechSynthesisUtterance !== 'undefined';
  // No Korean voice in this browser (stock Debian Chromium), or the hall wants its own: the
  // server's engine reads it.
  if (!en && !(browserVoiceAllowed.value && hasSynth && pickKoreanVoice(s!.getVoices()))) {
    s?.cancel();
    voicePaused.value = false;
    void playServerSpeech(line, volumeLevel());
    return;
  }
  if (!s || !hasSynth) return;
  s.cancel();
  stopServerSpeech();
  voicePaused.value = false;
  const utterance = new SpeechSynthesisUtterance(line);
  utterance.volume = volumeLevel();
  utterance.lang = en ? 'en-US' : 'ko-KR';
  const voices = s.getVoices();
  const voice = en
    ? (voices.find((v) => v.lang.replace('_', '-').toLowerCase().startsWith('en')) ?? null)
    : pickKoreanVoice(voices);
  if (voice) utterance.voice = voice;
  s.speak(utterance);
}

/** How 음성 안내 speaks Korean here: the browser's voice, else the server's engine. */
export function kioskVoicePath(): 'browser' | 'server' {
  const s = synth();
  return browserVoiceAllowed.value && s && pickKoreanVoice(s.getVoices()) ? 'browser' : 'server';
}

export function stopSpeaking(): void {
  synth()?.cancel();
  stopServerSpeech();
  voicePaused.value = false;
}

/** 다시 듣기: the last line again, from its start. */
export function repeatLast(): void {
  if (lastLine) speak(lastLine);
}

/** 멈춤 / 이어 듣기. */
export function togglePause(): void {
  const s = synth();
  if (voicePaused.value) s?.resume();
  else s?.pause();
  pauseServerSpeech(!voicePaused.value);
  voicePaused.value = !voicePaused.value;
}

/** Forgets the last visitor's line (on reset). */
export function forgetVoice(): void {
  lastLine = '';
  stopSpeaking();
}

/** What a control or region says: its label, else its text. */
export function spokenName(el: Element): string {
  const labelled = el.getAttribute('aria-labelledby');
  if (labelled) {
    const text = labelled
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const pressed = el.getAttribute('aria-pressed');
  const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    // Never the typed value (it may be a phone number): only the field's label.
    return el.labels?.[0]?.innerText ?? el.placeholder ?? '';
  }
  // A toggle's state in words (큰 글씨 켜짐), never the ✓ drawn on it.
  return pressed === null
    ? text
    : t(pressed === 'true' ? 'a11y.on' : 'a11y.off', { mode: text.replace(/\s+/g, ' ').trim() });
}

const INTERACTIVE = 'button, a[href], input, select, textarea, [role="button"], [tabindex]';

/** A voice control (다시 듣기, 멈춤, 음량) says its name but is never remembered as the last line. */
const sayName = (el: Element) => {
  const own = el.getAttribute('lang');
  speak(spokenName(el), {
    remember: !el.closest('[data-voice-control]'),
    lang: own === 'en' || own === 'ko' ? own : undefined,
  });
};

/**
 * While on: speaks what is focused or tapped, and `title()` whenever `key` changes. With
 * `tapToHear`, one capture-phase handler for the whole kiosk holds back every tap: the first tap
 * on a control speaks its name, a second tap on the same control within TAP_AGAIN_MS acts.
 */
export function useVoiceGuide(
  on: boolean,
  tapToHear: boolean,
  key: string,
  title: () => string,
): void {
  useEffect(() => {
    if (!on) return;
    // After the screen has rendered its heading.
    const timer = setTimeout(() => speak(title()), 50);
    return () => clearTimeout(timer);
  }, [on, key]);

  useEffect(() => {
    // Off from the start: silent, not even a cancel (nothing speaks until someone engages).
    if (!on) return;
    let lastEl: Element | null = null;
    let lastAt = 0;
    const say = (target: EventTarget | null) => {
      const el = target instanceof Element ? target.closest(INTERACTIVE) : null;
      if (!el) return;
      const now = Date.now();
      if (el === lastEl && now - lastAt < 400) return;
      lastEl = el;
      lastAt = now;
      sayName(el);
    };
    let pointerDown = false;
    const onPointerDown = () => (pointerDown = true);
    const onPointerUp = () => setTimeout(() => (pointerDown = false), 0);
    const onFocus = (e: FocusEvent) => {
      // In tap-to-hear the tap handler speaks (a tap also focuses: don't say it twice).
      // A control focused for the visitor (계속 이용하기 under the idle warning) stays quiet, so
      // the line that came with it is not cut off.
      if (e.target instanceof Element && e.target.closest('[data-voice-quiet]')) return;
      // A tapped toggle speaks on click, with its new state (not its old one on focus).
      if (pointerDown && e.target instanceof Element && e.target.hasAttribute('aria-pressed'))
        return;
      if (!tapToHear || !pointerDown) say(e.target);
    };
    const onClick = (e: MouseEvent) => {
      playSound('tap');
      const el = e.target instanceof Element ? e.target.closest(INTERACTIVE) : null;
      if (el?.hasAttribute('data-voice-pause')) return; // its click would end the pause
      // A toggle says its new state, once the tap has changed it (큰 글씨 켜짐).
      if (el?.hasAttribute('aria-pressed')) setTimeout(() => sayName(el), 0);
      else say(e.target);
    };

    // Tap-to-hear: armed control and when it was armed.
    let armed: Element | null = null;
    let armedAt = 0;
    const onTap = (e: MouseEvent) => {
      // Keyboard and switch activations (detail 0) act at once: their focus already spoke.
      if (e.detail === 0) return;
      const el = e.target instanceof Element ? e.target.closest(INTERACTIVE) : null;
      if (!el) return;
      const now = Date.now();
      if (el === armed && now - armedAt <= TAP_AGAIN_MS) {
        armed = null;
        playSound('act');
        return; // let it through: the control acts
      }
      e.preventDefault();
      e.stopImmediatePropagation();
      armed = el;
      armedAt = now;
      playSound('tap');
      speak(t('a11yv.tapAgain', { name: spokenName(el) }), {
        remember: !el.closest('[data-voice-control]'),
      });
    };

    document.addEventListener('focusin', onFocus);
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('pointerup', onPointerUp, true);
    if (tapToHear) window.addEventListener('click', onTap, true);
    else document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('focusin', onFocus);
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('pointerup', onPointerUp, true);
      window.removeEventListener('click', onTap, true);
      document.removeEventListener('click', onClick, true);
    };
  }, [on, tapToHear]);

  // Off: stop talking at once (not on a mere switch into or out of tap-to-hear).
  useEffect(() => {
    if (!on) return;
    return () => stopSpeaking();
  }, [on]);
}
