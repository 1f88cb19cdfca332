/**
 * The now-serving board: the last calls with the newest highlighted, each service's wait, and a
 * chime and Korean voice for every call that arrives live. The picture never waits for the sound.
 */
import { useSignal } from '@preact/signals';
import { useCallback, useEffect, useMemo } from 'preact/hooks';
import { callAnnouncement } from '../../shared/korean-numbers';
import { callClips } from '../../shared/voice-pack';
import type { AppSocket } from '../../shared/live';
import type { Call } from '../../shared/schemas/queue';
import { nameOf, t } from '../../shared/i18n';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { deviceToken } from '../../shared/ui/connection';
import { packSpeech, preloadClips } from '../../shared/ui/pack-voice';
import { reportVoicePath } from '../../shared/ui/server-voice';
import { minFontPx } from '../../shared/ui/legibility';
import { createAnnouncer } from '../../shared/ui/announcer';
import {
  browserSoundEnv,
  sharedAudioContext,
  storeSoundChoice,
  storedSoundChoice,
  type SoundChoice,
} from '../../shared/ui/sound';
import { useLive } from '../../shared/ui/use-live';
import { callKey, useNewCalls } from '../board-calls';
import { BoardNewestCall } from '../components/BoardNewestCall';
import { BoardQueues } from '../components/BoardQueues';
import { BoardRecentCalls } from '../components/BoardRecentCalls';
import { BoardSoundSetup } from '../components/BoardSoundSetup';
import { BoardSoundToggle } from '../components/BoardSoundToggle';
import { InfoPanel } from '../components/InfoPanel';

/**
 * A board opened by a signed-in officer (no device settings): the demo's 43″ 1080p panel read
 * from 5 m, the usual waiting-area case.
 */
const UNPAIRED_BOARD = { pxPerMm: 2.02, viewingDistanceMm: 5000 };
/** How long a new call stays marked as new; it flashes once a second meanwhile. */
export const FRESH_MS = 8000;

export function Board({ socket }: { socket: AppSocket }) {
  const live = useLive(socket, { kind: 'board' });
  const announcer = useMemo(
    () => createAnnouncer({ ...browserSoundEnv(), packSpeech: packSpeech(sharedAudioContext) }),
    [],
  );
  const sound = useSignal<SoundChoice | null>(storedSoundChoice());
  const fresh = useSignal<string | null>(null);

  useEffect(() => announcer.setEnabled(sound.value === 'on'), [sound.value]);
  useEffect(() => {
    // A display that was set up keeps its sound after a reload; any later tap wakes the audio.
    const wake = () => void announcer.wake();
    window.addEventListener('pointerdown', wake);
    window.addEventListener('keydown', wake);
    return () => {
      window.removeEventListener('pointerdown', wake);
      window.removeEventListener('keydown', wake);
    };
  }, [announcer]);

  const voice = live.state.value?.voice;
  useEffect(() => {
    announcer.setVoice(voice);
    const ctx = voice?.pack ? sharedAudioContext() : null;
    if (ctx && voice?.pack) preloadClips(ctx, voice.pack.id, voice.pack.clips);
    // The admin's device list shows which way this board speaks (and warns when it cannot); the
    // browser's voices load a moment after the page, so it is told a little later.
    if (!live.connected.value) return;
    const timer = setTimeout(() => reportVoicePath(announcer.voicePath(), deviceToken.value), 3000);
    return () => clearTimeout(timer);
  }, [voice, live.connected.value]);

  const onCall = useCallback((call: Call) => {
    // The picture first (it is already on screen), then the sound, queued behind earlier calls.
    fresh.value = callKey(call);
    const state = live.state.value;
    if (!state) return;
    announcer.setVoice(state.voice);
    const pack = state.voice?.pack;
    announcer.announce(
      callAnnouncement(state.voiceLine, call.number, call.counterNumber),
      pack ? callClips(call.number, call.counterNumber, pack.clips) : null,
    );
  }, []);
  useNewCalls(live, onCall);

  useEffect(() => {
    if (fresh.value === null) return;
    const timer = setTimeout(() => (fresh.value = null), FRESH_MS);
    return () => clearTimeout(timer);
  }, [fresh.value]);

  const choose = (on: boolean) => {
    const choice: SoundChoice = on ? 'on' : 'off';
    storeSoundChoice(choice);
    sound.value = choice;
    announcer.setEnabled(on);
    // Inside the tap: the one moment a browser lets a page start its audio.
    if (on) void announcer.unlock();
  };

  const state = live.state.value;
  if (!state) return <p role="status">{t('common.loading')}</p>;
  const callPx = minFontPx(state.device?.settings ?? UNPAIRED_BOARD);
  const [newest, ...older] = state.calls;

  return (
    <div class="board" style={{ '--call-size': `${callPx}px` }}>
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="display-header">
        <h1>{t('board.title')}</h1>
        <div class="board-header-end">
          <span>{nameOf(state.hall)}</span>
          {sound.value !== null && (
            <BoardSoundToggle
              on={sound.value === 'on'}
              onToggle={() => choose(sound.value !== 'on')}
            />
          )}
        </div>
      </header>
      <BoardNewestCall
        call={newest}
        fresh={newest !== undefined && fresh.value === callKey(newest)}
      />
      <BoardRecentCalls calls={older} />
      <BoardQueues queues={state.queues} />
      <InfoPanel pages={state.info ?? []} />
      {sound.value === null && <BoardSoundSetup onChoose={choose} />}
    </div>
  );
}
