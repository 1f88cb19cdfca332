/** The demo hall's voice pack, said by the server's own engine once it answers: the demo speaks from clips out of the box. */
import { installEnginePack } from '../commands/voice-packs';
import type { Deps } from '../context';
import type { Speaker } from '../speech/engine';

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
    const pack = await installEnginePack(deps, hallId, speaker);
    log(`체험 청사 음성 팩 / demo voice pack: ${pack.clips.length} clips by ${speaker.engine}`);
  } catch (e) {
    log(`체험 청사 음성 팩을 만들지 못했습니다 / demo voice pack failed: ${(e as Error).message}`);
  }
}
