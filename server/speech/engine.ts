/**
 * Server-side speech: renders Korean text to WAV with an offline engine, so a board or kiosk whose
 * browser has no Korean voice (stock Debian Chromium has none) still speaks. The default is the
 * espeak-ng WebAssembly build from npm, which `npm install` brings: no system package needed. A
 * hall replaces it with ANNAE_SPEECH_COMMAND (a program and its arguments; text on stdin, WAV on
 * stdout), e.g. a licensed Korean TTS.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { ROOT } from '../root';
import { readWav } from './wav';

export const MAX_SPEECH_CHARS = 500;
const RENDER_TIMEOUT_MS = 20_000;
const CACHE_ENTRIES = 300;

export type SpeechEngine = {
  /** What `npm start` prints and the admin console shows. */
  name: string;
  render: (text: string) => Promise<Uint8Array>;
};

export class SpeechError extends Error {
  constructor(
    readonly code: 'speech.tooLong' | 'speech.empty' | 'speech.engineFailed',
    message: string,
  ) {
    super(message);
  }
}

const ESPEAK_WORKER = join(ROOT, 'server/speech/espeak-worker.mjs');

type WorkerReply = { id: number; wav?: Uint8Array; error?: string };

/**
 * The npm build, in a worker thread (espeak-worker.mjs) so that rendering never blocks the event
 * loop. The worker starts on the first line and is replaced after a crash or a line that hangs.
 */
export function wasmEngine({
  script = ESPEAK_WORKER,
  timeoutMs = RENDER_TIMEOUT_MS,
}: { script?: string; timeoutMs?: number } = {}): SpeechEngine {
  type Waiting = { resolve: (wav: Uint8Array) => void; reject: (e: Error) => void };
  // Each worker has its own lines: a worker being replaced fails only what it was rendering.
  let current: { worker: Worker; pending: Map<number, Waiting> } | null = null;
  let nextId = 1;

  const start = () => {
    const worker = new Worker(script);
    // The server exits on SIGTERM whatever the worker is doing.
    worker.unref();
    const pending = new Map<number, Waiting>();
    const failAll = (message: string) => {
      for (const { reject } of pending.values())
        reject(new SpeechError('speech.engineFailed', message));
      pending.clear();
    };
    worker.on('message', ({ id, wav, error }: WorkerReply) => {
      const waiting = pending.get(id);
      if (!waiting) return;
      pending.delete(id);
      if (wav) waiting.resolve(new Uint8Array(wav));
      else waiting.reject(new SpeechError('speech.engineFailed', error ?? 'no WAV'));
    });
    worker.on('error', (e) => failAll(`espeak-ng: ${e.message}`));
    worker.on('exit', (code) => {
      if (current?.worker === worker) current = null;
      failAll(`espeak-ng worker exited ${code}`);
    });
    return { worker, pending };
  };

  return {
    name: 'espeak-ng (WebAssembly, npm)',
    render(text) {
      const running = (current ??= start());
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        const timer = setTimeout(() => {
          // A line that hangs takes its worker with it; the next line starts a fresh one.
          running.pending.delete(id);
          reject(new SpeechError('speech.engineFailed', 'espeak-ng took too long'));
          if (current === running) current = null;
          void running.worker.terminate();
        }, timeoutMs);
        running.pending.set(id, {
          resolve: (wav) => (clearTimeout(timer), resolve(wav)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        });
        running.worker.postMessage({ id, text });
      });
    },
  };
}

/** Splits the setting like a shell would for plain words and "quoted words". */
export function parseCommand(setting: string): string[] {
  return [...setting.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** A hall's own engine: the program gets the text on stdin and writes WAV to stdout. */
export function commandEngine(setting: string): SpeechEngine {
  const [program, ...args] = parseCommand(setting);
  if (!program) throw new SpeechError('speech.engineFailed', 'ANNAE_SPEECH_COMMAND is empty');
  return {
    name: `${program} ${args.join(' ')}`.trim(),
    render: (text) =>
      new Promise((resolve, reject) => {
        const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        const out: Buffer[] = [];
        let err = '';
        const timer = setTimeout(() => child.kill('SIGKILL'), RENDER_TIMEOUT_MS);
        child.stdout.on('data', (d: Buffer) => out.push(d));
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        child.on('error', (e) => {
          clearTimeout(timer);
          reject(new SpeechError('speech.engineFailed', `${program}: ${e.message}`));
        });
        child.on('close', (code) => {
          clearTimeout(timer);
          if (code === 0) resolve(new Uint8Array(Buffer.concat(out)));
          else
            reject(
              new SpeechError(
                'speech.engineFailed',
                `${program} exited ${code}: ${err.slice(0, 200)}`,
              ),
            );
        });
        child.stdin.on('error', () => undefined);
        child.stdin.end(text);
      }),
  };
}

export type Speaker = ReturnType<typeof createSpeaker>;

/**
 * The engine behind a cache keyed by text and voice: a call line is mostly the same words, and a
 * board asks for each line once per call. Every render is checked (a WAV, longer than a blink, not
 * silence) so a broken engine is an error, not a silent board.
 */
export function createSpeaker(engine: SpeechEngine) {
  const cache = new Map<string, Promise<Uint8Array>>();
  const keyOf = (text: string) =>
    createHash('sha256').update(`${engine.name}\n${text}`).digest('hex');
  return {
    engine: engine.name,
    /** Whether this line is rendered already (or being rendered): it costs nothing more. */
    has(raw: string): boolean {
      return cache.has(keyOf(raw.replace(/\s+/g, ' ').trim()));
    },
    async speak(raw: string): Promise<Uint8Array> {
      const text = raw.replace(/\s+/g, ' ').trim();
      if (!text) throw new SpeechError('speech.empty', 'nothing to say');
      if (text.length > MAX_SPEECH_CHARS)
        throw new SpeechError('speech.tooLong', `at most ${MAX_SPEECH_CHARS} characters`);
      const key = keyOf(text);
      let entry = cache.get(key);
      if (!entry) {
        entry = engine.render(text).then((wav) => {
          const info = readWav(wav);
          if (!info || info.seconds < 0.2 || info.rms < 0.001)
            throw new SpeechError('speech.engineFailed', 'the engine gave no audible WAV');
          return wav;
        });
        entry.catch(() => cache.delete(key));
        cache.set(key, entry);
        if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
      } else {
        // Most recent last, so the oldest line is the one dropped.
        cache.delete(key);
        cache.set(key, entry);
      }
      return entry;
    },
  };
}

/**
 * The engine `npm start` uses: the hall's command when set and it works, else the npm build. A
 * command that fails its test line is reported and the default keeps speaking.
 */
export async function chooseEngine(
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<Speaker | null> {
  const setting = env.ANNAE_SPEECH_COMMAND?.trim();
  const probe = '안내';
  if (setting) {
    try {
      const speaker = createSpeaker(commandEngine(setting));
      await speaker.speak(probe);
      log(`음성 엔진 / speech engine: ${speaker.engine}`);
      return speaker;
    } catch (e) {
      log(
        `음성 엔진 설정을 쓸 수 없습니다 / ANNAE_SPEECH_COMMAND does not work (${(e as Error).message}); using the default`,
      );
    }
  }
  try {
    const speaker = createSpeaker(wasmEngine());
    await speaker.speak(probe);
    log(`음성 엔진 / speech engine: ${speaker.engine}`);
    return speaker;
  } catch (e) {
    log(
      `음성 엔진이 없습니다 / no speech engine (${(e as Error).message}). Install one: "npm install espeak-ng" or "apt install espeak-ng" and ANNAE_SPEECH_COMMAND="espeak-ng -v ko --stdout". Boards play the chime only.`,
    );
    return null;
  }
}
