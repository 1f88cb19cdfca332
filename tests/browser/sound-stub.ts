/**
 * One fake of the browser's sound for every screen test: speechSynthesis, Web Audio and the audio
 * element, logging what a visitor would hear instead of playing it (headless Chromium has no sound
 * card, and stock Debian Chromium no voice). It can also be what the field has: no speech at all,
 * no Korean voice, a speak() that fails, an AudioContext that stays suspended until a tap.
 *
 * The page gets two logs:
 * - `__log`: what the room hears, in order — `tone` per oscillator started (a chime is four),
 *   `resume`, `speak:<text>|<lang>|<voice>` (`overlap` before it if one is still going), `end`/`error`, `cancel`, `clip:<n>` (a voice-pack
 *   buffer started), `audio:<line>|<type>|long|short` (an audio element's server speech) or
 *   `audio-element`, `end` after it;
 * - `__spoken`: each utterance with its language and volume, with `<cancel>`, `<pause>` and
 *   `<resume>` marks between them (what the kiosk's voice guidance tests read);
 * plus `__tones` (the frequencies started) and `__wakeLocks` (screen wake-lock requests).
 */
import type { BrowserContext, Page } from '@playwright/test';

export type SoundStub = {
  /**
   * `log`: lines are logged and never end (the kiosk's guidance does not wait for them);
   * `timed`: each ends after `speechMs`, as a real engine; `none`: no speechSynthesis at all.
   */
  speech?: 'log' | 'timed' | 'none';
  speechMs?: number;
  /** `none`: voices, but no Korean one; `empty`: getVoices() returns nothing. */
  voices?: 'korean' | 'none' | 'empty';
  /** Each line fails: speak() throws, or the engine reports an error instead of the end. */
  speakFails?: 'throw' | 'error' | null;
  /** `suspended`: resume() succeeds only once the page has had a tap (Chromium's autoplay rule). */
  audio?: 'running' | 'suspended';
  /** `fetch`: play() fetches the source, logs it and ends after 300 ms; `log`: it logs only. */
  media?: 'fetch' | 'log';
};

/** Runs in the page (by addInitScript): it must stay self-contained. */
function fakeSound(options: SoundStub): void {
  const w = window as unknown as Record<string, unknown>;
  const log: string[] = [];
  const spoken: { text: string; lang: string; volume: number }[] = [];
  const tones: number[] = [];
  Object.assign(w, { __log: log, __spoken: spoken, __tones: tones, __wakeLocks: 0 });
  const define = (name: string, value: unknown) =>
    Object.defineProperty(window, name, { value, configurable: true, writable: true });

  if (options.speech === 'none') {
    define('speechSynthesis', undefined);
    define('SpeechSynthesisUtterance', undefined);
  } else {
    const voices =
      options.voices === 'empty'
        ? []
        : [
            { lang: 'en-US', name: 'English', localService: true, voiceURI: 'en', default: true },
            ...(options.voices === 'none'
              ? []
              : [
                  {
                    lang: 'ko-KR',
                    name: '한국어',
                    localService: true,
                    voiceURI: 'ko',
                    default: false,
                  },
                ]),
          ];
    const mark = (text: string) => () => {
      spoken.push({ text: `<${text}>`, lang: '', volume: 0 });
      if (text === 'cancel') log.push('cancel');
    };
    type Fake = {
      text: string;
      lang: string;
      volume: number;
      voice: { name: string } | null;
      onend: ((e: Event) => void) | null;
      onerror: ((e: Event) => void) | null;
    };
    // Two lines at once would talk over each other: logged, for the tests that forbid it.
    let speaking = false;
    define('speechSynthesis', {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => voices,
      speak(u: Fake) {
        spoken.push({ text: u.text, lang: u.lang, volume: u.volume });
        if (speaking) log.push('overlap');
        log.push(`speak:${u.text}|${u.lang}|${u.voice?.name ?? ''}`);
        if (options.speakFails === 'throw') throw new Error('synthesis-failed');
        if (options.speech !== 'timed' && !options.speakFails) return;
        speaking = true;
        setTimeout(
          () => {
            speaking = false;
            const failed = options.speakFails === 'error';
            log.push(failed ? 'error' : 'end');
            if (failed) u.onerror?.(new Event('error'));
            else u.onend?.(new Event('end'));
          },
          options.speakFails ? 50 : (options.speechMs ?? 400),
        );
      },
      cancel: mark('cancel'),
      pause: mark('pause'),
      resume: mark('resume'),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    });
    // An utterance that takes the fake's plain voice objects (the real one accepts only its own).
    define(
      'SpeechSynthesisUtterance',
      class {
        lang = '';
        rate = 1;
        volume = 1;
        voice: unknown = null;
        onend = null;
        onerror = null;
        constructor(public text: string) {}
      },
    );
  }

  // Which clip each fetched body was: the fake decoder hands it on to the buffer it makes.
  const urls = new WeakMap<ArrayBuffer, string>();
  const arrayBuffer = Response.prototype.arrayBuffer;
  Response.prototype.arrayBuffer = async function (this: Response) {
    const bytes = await arrayBuffer.call(this);
    urls.set(bytes, this.url);
    return bytes;
  };
  const param = (onSet?: (value: number) => void) => {
    const p = {
      value: 0,
      setValueAtTime: (value: number) => {
        p.value = value;
        onSet?.(value);
      },
      exponentialRampToValueAtTime: () => undefined,
      linearRampToValueAtTime: () => undefined,
    };
    return p;
  };
  define(
    'AudioContext',
    class {
      state: AudioContextState = options.audio === 'suspended' ? 'suspended' : 'running';
      currentTime = 0;
      destination = {};
      resume() {
        log.push('resume');
        if (navigator.userActivation?.hasBeenActive) this.state = 'running';
        return this.state === 'running'
          ? Promise.resolve()
          : Promise.reject(new DOMException('not allowed to start', 'NotAllowedError'));
      }
      close() {
        this.state = 'closed';
        return Promise.resolve();
      }
      createGain() {
        return { gain: param(), connect: (next: unknown) => next };
      }
      createOscillator() {
        const frequency = param();
        return {
          type: 'sine',
          frequency,
          connect: (next: unknown) => next,
          start: () => {
            log.push('tone');
            tones.push(frequency.value);
          },
          stop: () => undefined,
        };
      }
      async decodeAudioData(bytes: ArrayBuffer) {
        const head = new TextDecoder().decode(new Uint8Array(bytes, 0, 4));
        if (head !== 'RIFF') throw new Error('not a WAV');
        return { duration: 0.15, url: urls.get(bytes) ?? '?' };
      }
      createBufferSource() {
        const source = {
          buffer: null as { url: string } | null,
          onended: null as (() => void) | null,
          connect: (next: unknown) => next,
          start: () => log.push(`clip:${source.buffer?.url.split('/').pop()}`),
          stop: () => undefined,
        };
        return source;
      }
    },
  );

  HTMLMediaElement.prototype.play = async function play(this: HTMLMediaElement) {
    if (options.media !== 'fetch') return void log.push('audio-element');
    // The element's own audio is fetched and checked here: a WAV of the line, then `ended` as
    // a real play would fire it.
    const res = await fetch(this.src);
    const bytes = (await res.arrayBuffer()).byteLength;
    const line = decodeURIComponent(new URL(this.src).searchParams.get('text') ?? '');
    log.push(
      `audio:${line}|${res.headers.get('content-type')}|${bytes > 20_000 ? 'long' : 'short'}`,
    );
    setTimeout(() => {
      log.push('end');
      this.dispatchEvent(new Event('ended'));
    }, 300);
  };

  Object.defineProperty(navigator, 'wakeLock', {
    configurable: true,
    value: {
      request: () => {
        w.__wakeLocks = (w.__wakeLocks as number) + 1;
        return Promise.resolve({
          released: false,
          release: () => Promise.resolve(),
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        });
      },
    },
  });
}

/** Installs the fake before any of the page's scripts, for this page or every page of a context. */
export async function fakeSoundIn(
  target: Page | BrowserContext,
  options: SoundStub = {},
): Promise<void> {
  await target.addInitScript(fakeSound, options);
}

type Logs = { __log: string[]; __spoken: Spoken[]; __tones: number[]; __wakeLocks: number };
export type Spoken = { text: string; lang: string; volume: number };

/** The room's log with each chime's four tones folded into one `chime`. */
export async function soundLog(page: Page): Promise<string[]> {
  const log = await page.evaluate(() => (window as unknown as Logs).__log.slice());
  return log
    .filter((e, i) => e !== 'tone' || log[i - 1] !== 'tone')
    .map((e) => (e === 'tone' ? 'chime' : e));
}

/** The utterances, with the cancel/pause/resume marks between them. */
export const spokenLines = (page: Page): Promise<Spoken[]> =>
  page.evaluate(() => (window as unknown as Logs).__spoken.slice());

export const tonesPlayed = (page: Page): Promise<number[]> =>
  page.evaluate(() => (window as unknown as Logs).__tones.slice());

export const wakeLocks = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as Logs).__wakeLocks);

/** Empties every log (not the wake-lock count): what follows is what the next step caused. */
export const clearSound = (page: Page): Promise<void> =>
  page.evaluate(() => {
    const w = window as unknown as Logs;
    w.__log.length = 0;
    w.__spoken.length = 0;
    w.__tones.length = 0;
  });
