/** The demo hall's voice pack, said by the server's own engine once it answers: the demo speaks from clips out of the box. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installEnginePack } from '../commands/voice-packs';
import type { Deps } from '../context';
import type { Speaker } from '../speech/engine';
import { readWav } from '../speech/wav';

/**
 * The demo pack's clips are the same 15 lines from the same engine for every new demo data
 * directory, and rendering them costs about 5 s of CPU: they are kept in the system's temporary
 * directory, keyed by engine and text, so a second demo (a test server, a reset) reuses them.
 * Only these fixed lines are kept on disk; call lines stay in the speaker's memory cache.
 */
export function diskCachedSpeaker(
  speaker: Speaker,
  dir = join(tmpdir(), 'annae-demo-voice'),
): Speaker {
  return {
    ...speaker,
    async speak(text) {
      const file = join(
        dir,
        `${createHash('sha256').update(`${speaker.engine}\n${text}`).digest('hex')}.wav`,
      );
      try {
        const kept = new Uint8Array(readFileSync(file));
        if (readWav(kept)) return kept;
      } catch {
        // Not rendered yet (or unreadable): render and keep it.
      }
      const wav = await speaker.speak(text);
      try {
        mkdirSync(dir, { recursive: true });
        // Written aside and renamed: two servers starting at once never read half a clip.
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, wav);
        renameSync(temporary, file);
      } catch {
        // A read-only temporary directory only costs the next demo the render.
      }
      return wav;
    },
  };
}

export async function installDemoVoicePack(
  deps: Deps,
  hallId: number,
  speaker: Speaker | null,
  log: (line: string) => void,
): Promise<void> {
  if (!speaker) {
    log('체험 청사 음성 팩을 만들지 않았습니다 / demo voice pack skipped: no speech engine.');
    return;
  }
  try {
    const pack = await installEnginePack(deps, hallId, diskCachedSpeaker(speaker));
    log(`체험 청사 음성 팩 / demo voice pack: ${pack.clips.length} clips by ${speaker.engine}`);
  } catch (e) {
    log(`체험 청사 음성 팩을 만들지 못했습니다 / demo voice pack failed: ${(e as Error).message}`);
  }
}
