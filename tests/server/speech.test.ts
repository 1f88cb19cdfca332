/** Server speech: the call line renders to audible Korean WAV; bad text and engines are errors. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskCachedSpeaker } from '../../server/demo/demo-voice';
import {
  chooseEngine,
  commandEngine,
  createSpeaker,
  MAX_SPEECH_CHARS,
  wasmEngine,
} from '../../server/speech/engine';
import { readWav } from '../../server/speech/wav';
import { createTestApp } from '../helpers/fixture';

const CALL_LINE = '딩동. 천이십삼 번 고객님, 이 번 창구로 오십시오.';

describe('server speech', () => {
  it('renders the call line as a few seconds of audible speech', async () => {
    const speaker = createSpeaker(wasmEngine());
    const wav = await speaker.speak(CALL_LINE);
    const info = readWav(wav);
    expect(info).not.toBeNull();
    expect(info!.seconds).toBeGreaterThan(2);
    expect(info!.seconds).toBeLessThan(10);
    expect(info!.rms).toBeGreaterThan(0.01);
    // Cached by text: the same line is the same bytes, not a second render.
    expect(await speaker.speak(`  ${CALL_LINE} `)).toBe(wav);
  }, 30_000);

  it('refuses 10,000 characters and empty text with a code', async () => {
    const speaker = createSpeaker(wasmEngine());
    await expect(speaker.speak('가'.repeat(10_000))).rejects.toMatchObject({
      code: 'speech.tooLong',
    });
    expect(MAX_SPEECH_CHARS).toBeLessThan(10_000);
    await expect(speaker.speak('   ')).rejects.toMatchObject({ code: 'speech.empty' });
  });

  it('an engine setting naming a missing program is reported and the default keeps speaking', async () => {
    await expect(
      createSpeaker(commandEngine('/nonexistent/tts --ko')).speak('안내'),
    ).rejects.toMatchObject({ code: 'speech.engineFailed' });
    const lines: string[] = [];
    const speaker = await chooseEngine({ ANNAE_SPEECH_COMMAND: '/nonexistent/tts --ko' }, (l) =>
      lines.push(l),
    );
    expect(speaker?.engine).toMatch(/WebAssembly/);
    expect(lines.join('\n')).toMatch(/ANNAE_SPEECH_COMMAND does not work/);
  }, 30_000);

  it('a worker that dies or hangs fails its line, and the next line gets a fresh worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annae-speech-worker-'));
    // Stands in for espeak-worker.mjs: dies on "die", never answers "hang", and answers anything
    // else with half a second of tone as a 16-bit mono WAV.
    const script = join(dir, 'worker.mjs');
    writeFileSync(
      script,
      `import { parentPort } from 'node:worker_threads';
       function tone() {
         const rate = 8000, samples = rate / 2, wav = Buffer.alloc(44 + samples * 2);
         wav.write('RIFF', 0); wav.writeUInt32LE(36 + samples * 2, 4); wav.write('WAVEfmt ', 8);
         wav.writeUInt32LE(16, 16); wav.writeUInt16LE(1, 20); wav.writeUInt16LE(1, 22);
         wav.writeUInt32LE(rate, 24); wav.writeUInt32LE(rate * 2, 28); wav.writeUInt16LE(2, 32);
         wav.writeUInt16LE(16, 34); wav.write('data', 36); wav.writeUInt32LE(samples * 2, 40);
         for (let i = 0; i < samples; i++) wav.writeInt16LE(Math.round(8000 * Math.sin(i / 4)), 44 + i * 2);
         return new Uint8Array(wav);
       }
       parentPort.on('message', ({ id, text }) => {
         if (text === 'die') process.exit(3);
         if (text !== 'hang') parentPort.postMessage({ id, wav: tone() });
       });`,
    );
    const speaker = createSpeaker(wasmEngine({ script, timeoutMs: 1_000 }));
    await expect(speaker.speak('die')).rejects.toMatchObject({
      code: 'speech.engineFailed',
      message: expect.stringMatching(/exited 3/),
    });
    expect(readWav(await speaker.speak('하나'))!.seconds).toBeCloseTo(0.5);
    await expect(speaker.speak('hang')).rejects.toMatchObject({
      code: 'speech.engineFailed',
      message: expect.stringMatching(/too long/),
    });
    expect(readWav(await speaker.speak('둘'))!.seconds).toBeCloseTo(0.5);
  }, 30_000);

  it('a program that prints no audio is an error, not a silent board', async () => {
    await expect(createSpeaker(commandEngine('cat')).speak('안내')).rejects.toMatchObject({
      code: 'speech.engineFailed',
    });
  });
});

describe('GET /api/speech', () => {
  it('answers 10,000 characters with speech.tooLong, and the engine goes on speaking', async () => {
    const t = await createTestApp();
    try {
      t.deps.speech = { current: createSpeaker(wasmEngine()) };
      const say = (text: string) => t.app.request(`/api/speech?text=${encodeURIComponent(text)}`);
      const long = await say('가'.repeat(10_000));
      expect(long.status).toBe(413);
      expect(((await long.json()) as { error: { code: string } }).error.code).toBe(
        'speech.tooLong',
      );
      const next = await say(CALL_LINE);
      expect(next.status).toBe(200);
      expect(next.headers.get('content-type')).toBe('audio/wav');
      expect(readWav(new Uint8Array(await next.arrayBuffer()))!.seconds).toBeGreaterThan(2);
    } finally {
      t.close();
    }
  }, 30_000);
});

describe('the demo voice pack’s clips on disk', () => {
  it('renders a line once for every demo data directory, and renders again over a broken file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'annae-voice-cache-'));
    const real = createSpeaker(wasmEngine());
    let renders = 0;
    const counting = { ...real, speak: (text: string) => ((renders += 1), real.speak(text)) };

    const first = await diskCachedSpeaker(counting, dir).speak('창구로 오십시오');
    // A second server (a new speaker, nothing in memory) reads the clip the first one kept.
    const second = await diskCachedSpeaker(counting, dir).speak('창구로 오십시오');
    expect(renders).toBe(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), 'not a wav');
    const again = await diskCachedSpeaker(counting, dir).speak('창구로 오십시오');
    expect(renders).toBe(2);
    expect(readWav(again)).not.toBeNull();
  }, 30_000);
});
