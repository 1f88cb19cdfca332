/** Server speech: the call line renders to audible Korean WAV; bad text and engines are errors. */
import { describe, expect, it } from 'vitest';
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
