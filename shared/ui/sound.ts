/**
 * Screen sound: a two-tone chime made with Web Audio (no audio files), the browser's Korean voice
 * and the page's one AudioContext. The board's queue of calls is in announcer.ts.
 */

import { playServerSpeech } from './server-voice';

/** What the chime needs of an AudioContext; tests pass a fake. */
export type ToneContext = Pick<
  AudioContext,
  'currentTime' | 'destination' | 'state' | 'resume' | 'createOscillator' | 'createGain'
>;

export type Utterance = {
  text: string;
  lang: string;
  rate: number;
  voice: SpeechSynthesisVoice | null;
  onend: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
};

/** What the queue needs of `window.speechSynthesis`; `cancel` is deliberately not used. */
export type Speech = {
  speak: (utterance: Utterance) => void;
  getVoices: () => SpeechSynthesisVoice[];
};

export type SoundEnv = {
  /** Made on first use; null where Web Audio is missing. */
  audio: () => ToneContext | null;
  /** Null where speech synthesis is missing: the chime still plays. */
  speech: Speech | null;
  utterance: (text: string) => Utterance;
  wait: (ms: number) => Promise<void>;
  /** Plays the line from the server's engine; used when the browser has no Korean voice. */
  serverSpeech?: (text: string) => Promise<void>;
  /** Plays a call as the hall's voice-pack clips in order; false when they could not be had. */
  packSpeech?: (packId: number, parts: readonly string[]) => Promise<boolean>;
};

/** Ding (G5), then dong (E♭5) half a second later, each a sine with a soft octave above it. */
const TONES = [
  { hz: 783.99, at: 0, length: 1.1 },
  { hz: 622.25, at: 0.55, length: 1.4 },
];
/** How long the chime sounds: the voice starts after it. */
export const CHIME_MS = 1900;
/** Calls waiting to be spoken beyond this are dropped, oldest first: the board shows them all. */
export const MAX_QUEUED = 6;

export function playChime(ctx: ToneContext): void {
  const start = ctx.currentTime + 0.05;
  for (const tone of TONES) {
    for (const [multiple, level] of [
      [1, 0.32],
      [2, 0.06],
    ] as const) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      const t0 = start + tone.at;
      osc.type = 'sine';
      osc.frequency.setValueAtTime(tone.hz * multiple, t0);
      gain.gain.setValueAtTime(0.0001, t0);
      gain.gain.exponentialRampToValueAtTime(level, t0 + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + tone.length);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0);
      osc.stop(t0 + tone.length + 0.05);
    }
  }
}

/** A Korean voice when the system has one: ko-KR first, local voices before network ones. */
export function pickKoreanVoice(
  voices: readonly SpeechSynthesisVoice[],
): SpeechSynthesisVoice | null {
  const norm = (v: SpeechSynthesisVoice) => v.lang.replace('_', '-').toLowerCase();
  const korean = voices.filter((v) => norm(v) === 'ko-kr');
  return (
    korean.find((v) => v.localService) ??
    korean[0] ??
    voices.find((v) => norm(v).startsWith('ko')) ??
    null
  );
}

/** How long a line may take before the queue moves on anyway (some engines never fire `end`). */
export const speechTimeoutMs = (text: string): number => 4000 + text.length * 250;

let pageAudio: AudioContext | null = null;

/**
 * The page's one AudioContext, made on first use: every tone of a screen shares it. A kiosk runs
 * all day, and browsers cap how many contexts a page may open; one per warning would leak.
 */
export function sharedAudioContext(): AudioContext | null {
  if (pageAudio || typeof window === 'undefined') return pageAudio;
  const Ctor =
    window.AudioContext ??
    (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Ctor) return null;
  try {
    pageAudio = new Ctor();
  } catch {
    return null;
  }
  return pageAudio;
}

export function browserSoundEnv(): SoundEnv {
  const synth =
    typeof window !== 'undefined' && 'speechSynthesis' in window && window.speechSynthesis
      ? window.speechSynthesis
      : null;
  return {
    audio: sharedAudioContext,
    speech:
      synth && typeof SpeechSynthesisUtterance !== 'undefined'
        ? {
            speak: (u) => synth.speak(u as unknown as SpeechSynthesisUtterance),
            getVoices: () => synth.getVoices(),
          }
        : null,
    utterance: (text) => new SpeechSynthesisUtterance(text) as unknown as Utterance,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    serverSpeech: (text) => playServerSpeech(text),
  };
}

/** Sound on a display: asked once at setup, then remembered on that display. */
export type SoundChoice = 'on' | 'off';
const SOUND_KEY = 'annae.sound';

export function storedSoundChoice(): SoundChoice | null {
  if (typeof localStorage === 'undefined') return null;
  const value = localStorage.getItem(SOUND_KEY);
  return value === 'on' || value === 'off' ? value : null;
}

export function storeSoundChoice(choice: SoundChoice): void {
  localStorage.setItem(SOUND_KEY, choice);
}
