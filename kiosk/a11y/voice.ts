/**
 * 음성 안내: speaks the screen's title, what is under the finger or focus, and results. Each new
 * line cancels the one before; the voice matches the shown language (a Korean voice when present).
 */
import { useEffect } from 'preact/hooks';
import { lang } from '../../shared/i18n';
import { pickKoreanVoice } from '../../shared/ui/sound';

function synth(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : null;
}

export function speak(text: string): void {
  const s = synth();
  const line = text.replace(/\s+/g, ' ').trim();
  if (!s || !line || typeof SpeechSynthesisUtterance === 'undefined') return;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(line);
  const en = lang.value === 'en';
  utterance.lang = en ? 'en-US' : 'ko-KR';
  const voices = s.getVoices();
  const voice = en
    ? (voices.find((v) => v.lang.replace('_', '-').toLowerCase().startsWith('en')) ?? null)
    : pickKoreanVoice(voices);
  if (voice) utterance.voice = voice;
  s.speak(utterance);
}

export function stopSpeaking(): void {
  synth()?.cancel();
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
  return pressed === null ? text : `${text}, ${pressed === 'true' ? '✓' : ''}`;
}

const INTERACTIVE = 'button, a[href], input, select, textarea, [role="button"], [tabindex]';

/** While on: speaks what is focused or tapped, and `title()` whenever `key` changes. */
export function useVoiceGuide(on: boolean, key: string, title: () => string): void {
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
      speak(spokenName(el));
    };
    const onFocus = (e: FocusEvent) => say(e.target);
    const onClick = (e: MouseEvent) => say(e.target);
    document.addEventListener('focusin', onFocus);
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('focusin', onFocus);
      document.removeEventListener('click', onClick, true);
      stopSpeaking();
    };
  }, [on]);
}
