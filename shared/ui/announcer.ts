/**
 * The board's announcer: a queue of calls, each the chime and then its voice (the hall's voice
 * pack, the browser's Korean voice, or server speech), one after another. Apart from sound.ts so
 * the kiosk, which shares the chime and the voices, does not load the board's queue.
 */
import type { BoardVoice } from '../streams';
import type { VoicePath } from './server-voice';
import {
  browserSoundEnv,
  CHIME_MS,
  MAX_QUEUED,
  pickKoreanVoice,
  playChime,
  speechTimeoutMs,
  type SoundEnv,
  type ToneContext,
  type Utterance,
} from './sound';

/** One call to say: its line, and its voice-pack clips when the hall's pack can say it. */
type Line = { text: string; clips: readonly string[] | null };

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
  const packChime = (line: Line) => path() === 'pack' && line.clips?.[0] === 'chime';

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
