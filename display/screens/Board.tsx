/**
 * The now-serving board: the last calls with the newest highlighted, each service's wait, and a
 * chime and Korean voice for every call that arrives live. The picture never waits for the sound.
 */
import { useSignal } from '@preact/signals';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { callAnnouncement } from '../../shared/korean-numbers';
import { callClips } from '../../shared/voice-pack';
import type { AppSocket } from '../../shared/live';
import type { Call } from '../../shared/schemas/queue';
import { nameOf, t } from '../../shared/i18n';
import { deviceToken } from '../../shared/ui/connection';
import { packSpeech, preloadClips } from '../../shared/ui/pack-voice';
import { reportVoicePath } from '../../shared/ui/server-voice';
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
import { boardSettings, boardSizes } from '../board-layout';
import { textEm } from '../seat-layout';
import { useViewport } from '../use-viewport';
import { BoardNewestCall } from '../components/BoardNewestCall';
import { BoardOfflineBand } from '../components/BoardOfflineBand';
import { BoardQueues } from '../components/BoardQueues';
import { BoardRecentCalls } from '../components/BoardRecentCalls';
import { BoardSoundSetup } from '../components/BoardSoundSetup';
import { BoardSoundToggle } from '../components/BoardSoundToggle';
import { InfoPanel } from '../components/InfoPanel';

/** How long each page of the waiting list (and, where they take turns, the recent calls) stays. */
export const BOARD_PAGE_MS = 8000;
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
  const viewport = useViewport();
  const [turn, setTurn] = useState(0);
  const [queuePages, setQueuePages] = useState(1);
  useEffect(() => {
    const timer = setInterval(() => setTurn((n) => n + 1), BOARD_PAGE_MS);
    return () => clearInterval(timer);
  }, []);

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
  const sizes = boardSizes(viewport, boardSettings(state.device?.settings));
  const [newest, ...older] = state.calls;
  const label = newestLabel(viewport.width, sizes, newest);
  // Where the recent calls and the waiting list share one area they take turns: each page of
  // the list, then the recent calls.
  const turns = sizes.alternate && older.length > 0 ? Math.max(1, queuePages) + 1 : 0;
  const recentTurn = turns > 0 && turn % turns === turns - 1;
  const queueTurn = turns > 0 ? turn % turns : turn;

  return (
    <div
      class={sizes.alternate ? 'board is-alternate' : 'board'}
      style={{ '--digit-size': `${sizes.digitPx}px`, '--text-size': `${sizes.textPx}px` }}
      data-px-per-mm={sizes.pxPerMm.toFixed(3)}
    >
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
        label={label}
      />
      <div class="board-main">
        <BoardRecentCalls calls={older} shown={!sizes.alternate || recentTurn} />
        <BoardQueues
          queues={state.queues}
          turn={queueTurn}
          shown={!recentTurn}
          onPages={setQueuePages}
        />
      </div>
      {/* Without the server its band takes the information pages' place: nothing above moves. */}
      {live.connected.value ? <InfoPanel pages={state.info ?? []} /> : null}
      <BoardOfflineBand
        connected={live.connected.value}
        syncedAt={live.syncedAt.value}
        oneLine={sizes.alternate}
      />
      {sound.value === null && <BoardSoundSetup onChoose={choose} />}
    </div>
  );
}

/**
 * Whether "지금 모시는 번호" (and its English) fits on the newest call's line at the reading
 * size: widths estimated as the seat chart does (textEm), with a margin.
 */
function newestLabel(
  width: number,
  sizes: { digitPx: number; textPx: number },
  call: Call | undefined,
): 'ko' | 'both' | 'none' {
  const room = width * 0.93;
  const callPx = call
    ? textEm(call.number) * sizes.digitPx * 1.2 +
      1.6 * sizes.digitPx +
      textEm(String(call.counterNumber)) * sizes.digitPx +
      textEm(t('board.counterUnit')) * sizes.textPx +
      (call.recall > 0 ? (textEm(t('board.recall')) + 0.8) * sizes.textPx : 0)
    : textEm(t('board.noCalls')) * sizes.textPx;
  const ko = (textEm(t('board.nowServing')) + 1) * sizes.textPx;
  const en = (textEm(t('board.nowServing', {}, 'en')) + 0.5) * sizes.digitPx;
  if ((callPx + ko + en) * 1.1 <= room) return 'both';
  if ((callPx + ko) * 1.1 <= room) return 'ko';
  return 'none';
}
