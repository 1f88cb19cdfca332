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

/**
 * What the board gives up, in this order, when a service row does not fit the waiting list whole:
 * the information pages, English beside the Korean in the offline band, the recent calls' column
 * beside the list (they take turns with it instead, and the list's names wrap less), the English
 * in the band altogether, the long "no number called yet" for its one-line form, the words of the
 * list's heading (its page dots and "외 N개 업무" stay; under the big call the list reads as the
 * waits without them), and last the hall's name in the header (a portrait panel wraps it onto a
 * line of its own; every visitor in the room knows which hall they are in). Only a row too tall
 * even then is counted "외 N개 업무".
 */
const SQUEEZE = {
  noInfo: 1,
  oneLineBand: 2,
  fullWidth: 3,
  koreanBand: 4,
  shortEmpty: 5,
  noTitle: 6,
  noHallName: 7,
} as const;
const SQUEEZE_STEPS = 7;
const SQUEEZE_SETTLE_MS = 300;

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
  const [squeeze, setSqueeze] = useState(0);
  // What the waiting list last measured: how many rows no page holds whole, in which layout.
  const [fit, setFit] = useState({ left: 0, key: '' });
  // Counted up as each web font arrives: rows measured in a fallback font were a different size.
  const [fontLoads, setFontLoads] = useState(0);
  useEffect(() => {
    const fonts = document.fonts;
    if (!fonts) return;
    const loaded = () => setFontLoads((n) => n + 1);
    fonts.addEventListener('loadingdone', loaded);
    return () => fonts.removeEventListener('loadingdone', loaded);
  }, []);
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
  // A service row the list cannot hold whole: the board gives way step by step (SQUEEZE) until it
  // fits, starting afresh whenever the screen, the link, the font or what the rows say changes.
  // Each step waits for the list to be measured with the step before it in place.
  const roomKey = [
    fontLoads,
    viewport.width,
    viewport.height,
    live.connected.value,
    state?.calls.length ?? 0,
    state?.device?.settings.viewingDistanceMm,
    ...(state?.queues.map((q) => q.name) ?? []),
  ].join('|');
  const fitKey = `${roomKey}#${squeeze}`;
  useEffect(() => setSqueeze(0), [roomKey]);
  // Only rows left out that stay left out: while the page settles (a panel drawing its first
  // page, a font arriving) the list is measured for a moment in a box it does not keep. The count
  // itself may swing (the "외 N개 업무" note changing the heading's height): any count holds.
  const rowsLeft = fit.key === fitKey && fit.left > 0;
  useEffect(() => {
    if (!rowsLeft || squeeze >= SQUEEZE_STEPS) return;
    const timer = setTimeout(() => setSqueeze(squeeze + 1), SQUEEZE_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [rowsLeft, fitKey]);
  if (!state) return <p role="status">{t('common.loading')}</p>;
  const fitted = boardSizes(viewport, boardSettings(state.device?.settings));
  const sizes = squeeze >= SQUEEZE.fullWidth ? { ...fitted, alternate: true } : fitted;
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
      data-squeeze={squeeze}
    >
      <header class="display-header">
        <h1>{t('board.title')}</h1>
        <div class="board-header-end">
          <span class={squeeze >= SQUEEZE.noHallName ? 'visually-hidden' : undefined}>
            {nameOf(state.hall)}
          </span>
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
        short={squeeze >= SQUEEZE.shortEmpty}
      />
      <div class="board-main">
        <BoardRecentCalls calls={older} shown={!sizes.alternate || recentTurn} />
        <BoardQueues
          queues={state.queues}
          turn={queueTurn}
          shown={!recentTurn}
          onPages={setQueuePages}
          onLeft={(left, key) => setFit({ left, key })}
          fitKey={fitKey}
          titleHidden={squeeze >= SQUEEZE.noTitle}
        />
      </div>
      {/* Without the server its band takes the information pages' place: nothing above moves. */}
      {live.connected.value && squeeze < SQUEEZE.noInfo ? (
        <InfoPanel pages={state.info ?? []} />
      ) : null}
      <BoardOfflineBand
        connected={live.connected.value}
        syncedAt={live.syncedAt.value}
        oneLine={sizes.alternate || squeeze >= SQUEEZE.oneLineBand}
        koreanOnly={squeeze >= SQUEEZE.koreanBand}
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
