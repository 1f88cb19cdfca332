import { describe, expect, it } from 'vitest';
import { createAnnouncer } from '../../shared/ui/announcer';
import {
  MAX_QUEUED,
  pickKoreanVoice,
  type SoundEnv,
  type ToneContext,
  type Utterance,
} from '../../shared/ui/sound';

/**
 * A fake audio context that logs each tone it starts. `suspended` resumes when asked (as after a
 * tap); `stuck` never settles its resume(), as a board nobody has touched.
 */
function fakeAudio(log: string[], state: 'running' | 'suspended' | 'stuck'): ToneContext {
  const param = () => ({
    value: 0,
    setValueAtTime: () => undefined,
    exponentialRampToValueAtTime: () => undefined,
  });
  const ctx = {
    currentTime: 0,
    state: state === 'running' ? 'running' : 'suspended',
    destination: {},
    resume: () => {
      log.push('resume');
      if (state === 'stuck') return new Promise<void>(() => undefined);
      ctx.state = 'running';
      return Promise.resolve();
    },
    createGain: () => ({ gain: param(), connect: (next: unknown) => next }),
    createOscillator: () => ({
      type: 'sine',
      frequency: param(),
      connect: (next: unknown) => next,
      start: () => log.push('tone'),
      stop: () => undefined,
    }),
  };
  return ctx as unknown as ToneContext;
}

const voice = (lang: string, name: string, localService = true) =>
  ({ lang, name, localService, voiceURI: name, default: false }) as SpeechSynthesisVoice;

type FakeOptions = {
  /** false: no speech synthesis at all. */
  speech?: boolean;
  /** When the engine reports the end of a line; null: never. */
  endsAfterMs?: number | null;
  /** false: no Web Audio. */
  audio?: boolean;
  audioState?: 'running' | 'suspended' | 'stuck';
  /** false: the browser has voices, none of them Korean. */
  koreanVoice?: boolean;
  /** speak() throws, or the engine reports an error instead of the end. */
  speakFails?: 'throw' | 'error';
  /** The server's engine, logged as `server:<text>`. */
  server?: boolean;
};

function fakeEnv(log: string[], options: FakeOptions = {}) {
  const spoken: Utterance[] = [];
  let speaking = false;
  // One context per page, as sharedAudioContext() makes.
  const ctx = options.audio === false ? null : fakeAudio(log, options.audioState ?? 'running');
  const env: SoundEnv = {
    audio: () => ctx,
    speech:
      options.speech === false
        ? null
        : {
            getVoices: () =>
              options.koreanVoice === false
                ? [voice('en-US', 'English')]
                : [voice('en-US', 'English'), voice('ko-KR', 'Yuna')],
            speak: (u) => {
              if (speaking) log.push('overlap');
              spoken.push(u);
              log.push(`speak:${u.text}`);
              if (options.speakFails === 'throw') throw new Error('synthesis-failed');
              speaking = true;
              const ms = options.endsAfterMs === undefined ? 10 : options.endsAfterMs;
              if (ms !== null)
                setTimeout(() => {
                  speaking = false;
                  const failed = options.speakFails === 'error';
                  log.push(`${failed ? 'error' : 'end'}:${u.text}`);
                  if (failed) u.onerror?.(new Event('error'));
                  else u.onend?.(new Event('end'));
                }, ms);
            },
          },
    utterance: (text) => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null }),
    // A hundred times faster than real time: the chime's 1.9 s take 19 ms.
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms / 100)),
    ...(options.server
      ? { serverSpeech: async (text: string) => void log.push(`server:${text}`) }
      : {}),
  };
  return { env, spoken };
}

/** The log with each chime's tones folded into one 'tone'. */
const compact = (log: string[]) =>
  log.filter((entry, i) => !(entry === 'tone' && log[i - 1] === 'tone'));

async function settle(announcer: ReturnType<typeof createAnnouncer>) {
  const start = Date.now();
  while (announcer.busy() || announcer.waiting() > 0) {
    if (Date.now() - start > 3000) throw new Error('the queue never drained');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('announcer', () => {
  it('plays the chime before each line and speaks lines made together one after another', async () => {
    const log: string[] = [];
    const { env, spoken } = fakeEnv(log);
    const announcer = createAnnouncer(env);
    announcer.setEnabled(true);
    announcer.announce('하나');
    announcer.announce('둘');
    await settle(announcer);
    expect(compact(log)).toEqual(['tone', 'speak:하나', 'end:하나', 'tone', 'speak:둘', 'end:둘']);
    expect(spoken.map((u) => [u.lang, u.voice?.name])).toEqual([
      ['ko-KR', 'Yuna'],
      ['ko-KR', 'Yuna'],
    ]);
  });

  it('still chimes where speech synthesis is missing', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(fakeEnv(log, { speech: false }).env);
    announcer.setEnabled(true);
    announcer.announce('하나');
    announcer.announce('둘');
    await settle(announcer);
    expect(log.filter((e) => e === 'tone').length).toBe(8);
    expect(log.some((e) => e.startsWith('speak'))).toBe(false);
  });

  it('still speaks where Web Audio is missing', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(fakeEnv(log, { audio: false }).env);
    announcer.setEnabled(true);
    announcer.announce('하나');
    await settle(announcer);
    expect(log).toEqual(['speak:하나', 'end:하나']);
  });

  it('moves on when the engine never reports the end of a line', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(fakeEnv(log, { endsAfterMs: null }).env);
    announcer.setEnabled(true);
    announcer.announce('하나');
    announcer.announce('둘');
    await settle(announcer);
    expect(log.filter((e) => e.startsWith('speak'))).toEqual(['speak:하나', 'speak:둘']);
  });

  it('resumes a suspended context before the chime, then speaks', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(fakeEnv(log, { audioState: 'suspended' }).env);
    announcer.setEnabled(true);
    announcer.announce('하나');
    await settle(announcer);
    expect(compact(log)).toEqual(['resume', 'tone', 'speak:하나', 'end:하나']);
  });

  it('a context that never resumes costs the chime, not the voice, and never holds the queue', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(fakeEnv(log, { audioState: 'stuck' }).env);
    announcer.setEnabled(true);
    announcer.announce('하나');
    announcer.announce('둘');
    await settle(announcer);
    expect(log).toEqual(['resume', 'speak:하나', 'end:하나', 'resume', 'speak:둘', 'end:둘']);
  });

  for (const speakFails of ['throw', 'error'] as const) {
    it(`a line whose speech fails (${speakFails}) is given up and the next one is said`, async () => {
      const log: string[] = [];
      const announcer = createAnnouncer(fakeEnv(log, { speakFails }).env);
      announcer.setEnabled(true);
      announcer.announce('하나');
      announcer.announce('둘');
      await settle(announcer);
      expect(compact(log).filter((e) => e !== 'overlap')).toEqual(
        speakFails === 'throw'
          ? ['tone', 'speak:하나', 'tone', 'speak:둘']
          : ['tone', 'speak:하나', 'error:하나', 'tone', 'speak:둘', 'error:둘'],
      );
    });
  }

  it('a browser without a Korean voice has the server say the line', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(fakeEnv(log, { koreanVoice: false, server: true }).env);
    expect(announcer.voicePath()).toBe('server');
    announcer.setEnabled(true);
    announcer.announce('하나');
    await settle(announcer);
    expect(compact(log)).toEqual(['tone', 'server:하나']);
  });

  it(`keeps at most ${MAX_QUEUED} calls waiting, dropping the oldest: a burst never talks for minutes`, async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(fakeEnv(log).env);
    announcer.setEnabled(true);
    const lines = Array.from({ length: MAX_QUEUED + 4 }, (_, i) => `${i + 1}번`);
    for (const line of lines) announcer.announce(line);
    // The first is being said; of the rest only the newest MAX_QUEUED still wait.
    expect(announcer.waiting()).toBe(MAX_QUEUED);
    await settle(announcer);
    expect(log.filter((e) => e.startsWith('speak:'))).toEqual(
      [lines[0], ...lines.slice(-MAX_QUEUED)].map((l) => `speak:${l}`),
    );
  });

  it('says nothing while sound is off, and drops what waits when it is turned off', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(fakeEnv(log).env);
    announcer.announce('꺼짐');
    expect(announcer.waiting()).toBe(0);
    announcer.setEnabled(true);
    announcer.announce('하나');
    announcer.announce('둘');
    announcer.setEnabled(false);
    await settle(announcer);
    expect(log.filter((e) => e.startsWith('speak'))).toEqual([]);
  });
});

describe('announcer with a voice pack', () => {
  const pack = {
    id: 7,
    clips: ['천', '이', '십', '삼', '번 고객님', '번 창구로 오십시오', 'chime'],
  };
  function withPack(log: string[], ok = true) {
    const { env } = fakeEnv(log, { server: true });
    env.packSpeech = async (id, parts) => {
      log.push(`pack:${id}:${parts.join(',')}`);
      return ok;
    };
    return env;
  }

  it('says calls from the pack, in order, over the browser voice; its own chime replaces the tones', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(withPack(log));
    announcer.setVoice({ pack, allowBrowserVoice: true });
    expect(announcer.voicePath()).toBe('pack');
    announcer.setEnabled(true);
    announcer.announce('천이십삼', ['천', '이', '십', '삼']);
    announcer.announce('이천', ['chime', '이', '천']);
    announcer.announce('A12', null);
    await settle(announcer);
    expect(compact(log)).toEqual([
      'tone',
      'pack:7:천,이,십,삼',
      'pack:7:chime,이,천',
      // A call the pack cannot say is spoken by the browser's Korean voice.
      'tone',
      'speak:A12',
      'end:A12',
    ]);
  });

  it('falls back to speech when the clips cannot be had', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(withPack(log, false));
    announcer.setVoice({ pack, allowBrowserVoice: true });
    announcer.setEnabled(true);
    announcer.announce('천', ['천']);
    await settle(announcer);
    expect(log.filter((e) => e !== 'tone')).toEqual(['pack:7:천', 'speak:천', 'end:천']);
  });

  it('skips the browser voice when the hall does not allow it', async () => {
    const log: string[] = [];
    const announcer = createAnnouncer(withPack(log));
    announcer.setVoice({ pack: null, allowBrowserVoice: false });
    expect(announcer.voicePath()).toBe('server');
    announcer.setVoice({ pack: null, allowBrowserVoice: true });
    expect(announcer.voicePath()).toBe('browser');
  });
});

describe('pickKoreanVoice', () => {
  it('prefers a local ko-KR voice, accepts ko_KR and plain ko, else none', () => {
    expect(
      pickKoreanVoice([voice('ko-KR', 'net', false), voice('ko-KR', 'local'), voice('en', 'x')])
        ?.name,
    ).toBe('local');
    expect(pickKoreanVoice([voice('ko_KR', 'android', false)])?.name).toBe('android');
    expect(pickKoreanVoice([voice('ko', 'plain')])?.name).toBe('plain');
    expect(pickKoreanVoice([voice('en-US', 'x')])).toBeNull();
  });
});
