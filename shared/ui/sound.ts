/**
 * The board's voice: a two-tone chime made with Web Audio (no audio files), then a spoken line,
 * one call after another. Nothing is ever cut off: the next call waits for the last to finish.
 */

import type { BoardVoice } from '../streams';
import { CHIME_CLIP } from '../voice-pack';
import { playClips } from './pack-voice';
import { playServerSpeech, type VoicePath } from './server-voice';

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

/** One call to say: its line, and its voice-pack clips when the hall's pack can say it. */
type Line = { text: string; clips: readonly string[] | null };

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

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
    wait,
    serverSpeech: (text) => playServerSpeech(text),
    packSpeech: async (packId, parts) => {
      const ctx = sharedAudioContext();
      return ctx ? playClips(ctx, packId, parts, (ms) => wait(ms)) : false;
    },
  };
}

export type Announcer = ReturnType<typeof createAnnouncer>;

/**
 * A queue of lines: each gets the chime, then its voice, and the next starts only when the voice
 * has ended. `announce` returns at once, so a screen never waits for the sound.
 */
export function createAnnouncer(env: SoundEnv = browserSoundEnv()) {
  const queue: Line[] = [];
  let running = false;
  let enabled = false;
  /** The hall's pack and browser-voice rule (boards get them in their snapshot). */
  let voice: BoardVoice = { pack: null, allowBrowserVoice: true };
  /** Held so the engine's `end` event is not lost to garbage collection mid-line (Chromium). */
  let speaking: Utterance | null = null;
  // The first call of getVoices() starts loading them in Chromium.
  env.speech?.getVoices();

  async function ready(ctx: ToneContext): Promise<boolean> {
    if (ctx.state === 'running') return true;
    // Resuming needs an earlier tap (or the kiosk's autoplay flag); don't hang if it never comes.
    await Promise.race([ctx.resume().catch(() => undefined), env.wait(300)]);
    // Read again: resume() changes it (TypeScript keeps the narrowing from above).
    return (ctx.state as AudioContextState) === 'running';
  }

  async function chime(): Promise<void> {
    const ctx = env.audio();
    if (!ctx || !(await ready(ctx))) return;
    playChime(ctx);
    await env.wait(CHIME_MS);
  }

  /**
   * In order: the hall's voice pack; the browser's Korean voice where it has one and the hall
   * allows it; the server's engine (null: chime only).
   */
  function path(): VoicePath | null {
    if (voice.pack && env.packSpeech && env.audio()) return 'pack';
    return spokenPath();
  }

  function spokenPath(): Exclude<VoicePath, 'pack'> | null {
    if (voice.allowBrowserVoice && env.speech && pickKoreanVoice(env.speech.getVoices()))
      return 'browser';
    return env.serverSpeech ? 'server' : null;
  }

  /** Whether this line is said from clips that open with the pack's own chime. */
  const packChime = (line: Line) => path() === 'pack' && line.clips?.[0] === CHIME_CLIP;

  async function say(line: Line): Promise<void> {
    const pack = voice.pack;
    if (pack && line.clips && path() === 'pack' && env.packSpeech) {
      // Bounded: a clip that never ends (or a fetch that stalls) never holds the queue.
      const timeout = env.wait(line.clips.length * 5000 + 5000).then(() => true);
      if (await Promise.race([env.packSpeech(pack.id, line.clips), timeout])) return;
    }
    await speak(line.text);
  }

  function speak(text: string): Promise<void> {
    const speech = env.speech;
    const way = spokenPath();
    if (way === 'server' && env.serverSpeech) {
      // Bounded like browser speech, plus time to fetch: a stalled request never holds the queue.
      return Promise.race([env.serverSpeech(text), env.wait(speechTimeoutMs(text) + 5000)]);
    }
    if (!speech || !way) return Promise.resolve();
    return new Promise((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        speaking = null;
        resolve();
      };
      const utterance = env.utterance(text);
      speaking = utterance;
      utterance.lang = 'ko-KR';
      utterance.rate = 0.95;
      const voice = pickKoreanVoice(speech.getVoices());
      if (voice) utterance.voice = voice;
      utterance.onend = finish;
      utterance.onerror = finish;
      try {
        speech.speak(utterance);
      } catch {
        finish();
        return;
      }
      void env.wait(speechTimeoutMs(text)).then(finish);
    });
  }

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    try {
      for (let line = queue.shift(); line !== undefined; line = queue.shift()) {
        if (!packChime(line)) await chime();
        // Turned off during the chime: the voice is not started (one already speaking ends).
        if (enabled) await say(line);
      }
    } finally {
      running = false;
    }
  }

  return {
    /**
     * Queues a line: chime, then voice. `clips` say it from the hall's voice pack (null: the pack
     * cannot say this one, and the line is spoken). Ignored while sound is off.
     */
    announce(text: string, clips: readonly string[] | null = null): void {
      if (!enabled) return;
      queue.push({ text, clips });
      if (queue.length > MAX_QUEUED) queue.splice(0, queue.length - MAX_QUEUED);
      void drain();
    },
    /** Sound on or off; off drops what is waiting but lets the line being spoken end. */
    setEnabled(on: boolean): void {
      enabled = on;
      if (!on) queue.length = 0;
    },
    /** Call from a tap: browsers start audio only after one. Plays the chime as a check. */
    async unlock(): Promise<void> {
      const ctx = env.audio();
      if (ctx && (await ready(ctx))) playChime(ctx);
    },
    /** Tries to resume audio quietly (after any later tap on the page). */
    async wake(): Promise<void> {
      const ctx = env.audio();
      if (ctx) await ready(ctx);
    },
    /** The hall's voice pack and browser-voice rule, from the board's snapshot. */
    setVoice(next: BoardVoice | undefined): void {
      voice = next ?? { pack: null, allowBrowserVoice: true };
    },
    busy: () => running || speaking !== null,
    /** Which way calls are spoken on this screen now (shown to the admin). */
    voicePath: path,
    waiting: () => queue.length,
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
