/**
 * `GET /api/speech?text=…`: the line as WAV, for screens whose browser has no Korean voice. Public
 * like the board itself: the text is bounded and each line is rendered once (the speaker caches).
 */
import { Hono } from 'hono';
import { CommandError } from '../../shared/errors';
import type { Deps } from '../context';
import type { AppEnv } from '../http/env';
import { MAX_SPEECH_CHARS, SpeechError } from '../speech/engine';

/**
 * New lines rendered at once, at the most: the route is public, so an anonymous caller asking
 * for many different lines gets 429 with Retry-After instead of queueing CPU the boards need.
 * Lines already in the cache are not counted (they cost nothing).
 */
const MAX_RENDERING = 4;

export const speechRoutes = (deps: Deps) => {
  let rendering = 0;
  return new Hono<AppEnv>()
    .get('/engine', (c) =>
      c.json({ ok: true as const, data: { engine: deps.speech?.current?.engine ?? null } }),
    )
    .get('/', async (c) => {
      const text = c.req.query('text') ?? '';
      const speaker = deps.speech?.current;
      if (!speaker)
        throw new CommandError(404, 'speech.noEngine', 'No speech engine is installed.');
      if (text.length > MAX_SPEECH_CHARS)
        throw new CommandError(413, 'speech.tooLong', `At most ${MAX_SPEECH_CHARS} characters.`);
      const cached = speaker.has(text);
      if (!cached && rendering >= MAX_RENDERING) {
        c.header('Retry-After', '1');
        throw new CommandError(429, 'speech.busy', 'Too many lines are being rendered; retry.');
      }
      if (!cached) rendering += 1;
      try {
        const wav = await speaker.speak(text);
        return c.body(wav.slice().buffer, 200, {
          'content-type': 'audio/wav',
          'cache-control': 'public, max-age=86400',
        });
      } catch (e) {
        if (e instanceof SpeechError)
          throw new CommandError(e.code === 'speech.engineFailed' ? 422 : 400, e.code, e.message);
        throw e;
      } finally {
        if (!cached) rendering -= 1;
      }
    });
};
