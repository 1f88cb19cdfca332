/**
 * Voice packs: an administrator uploads one (checked whole before anything is stored, so a refused
 * upload leaves the hall's pack as it was), chooses one per hall, and the boards follow at once.
 * The demo hall's pack is rendered by the server's own engine.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CommandError, notFound } from '../../shared/errors';
import type { BoardVoice } from '../../shared/streams';
import { CHIME_CLIP, CLIP_KEYS, clipText } from '../../shared/voice-pack';
import type { Actor, Deps } from '../context';
import { normaliseClip, readVoicePack } from '../domain/voice-pack';
import { rooms } from '../realtime/rooms';
import { pushDevice } from './devices';
import type { Speaker } from '../speech/engine';
import type { HallVoice, VoicePackRecord } from '../store/voice-packs';

export type VoicePackView = Omit<VoicePackRecord, 'dir'>;
const view = ({ dir: _dir, ...rest }: VoicePackRecord): VoicePackView => rest;

const packsDir = (deps: Deps) => join(deps.config.dataDir, 'voice-packs');
/** Clip files are named by position, not by their Korean key: any file system takes them. */
const fileOf = (key: string) => `clip-${CLIP_KEYS.indexOf(key)}.wav`;

/** What a board needs to speak from the pack: its id and the clips it has. */
export function boardVoice(deps: Deps, hallId: number): BoardVoice {
  const choice = deps.store.voicePacks.choice(hallId);
  const pack = choice.packId === null ? null : deps.store.voicePacks.get(hallId, choice.packId);
  return {
    pack: pack ? { id: pack.id, clips: pack.clips } : null,
    allowBrowserVoice: choice.allowBrowserVoice,
  };
}

function pushVoice(deps: Deps, hallId: number): void {
  const value = boardVoice(deps, hallId);
  deps.hub.publish<'board'>(rooms.board(hallId), [{ op: 'set', key: 'voice', value }]);
  deps.hub.publish<'kiosk'>(rooms.kiosks(hallId), [{ op: 'set', key: 'voice', value }]);
}

async function store(
  deps: Deps,
  actor: Actor,
  hallId: number,
  name: string,
  source: VoicePackRecord['source'],
  clips: Map<string, Uint8Array>,
): Promise<VoicePackView> {
  const dir = `hall-${hallId}-${randomBytes(6).toString('hex')}`;
  const path = join(packsDir(deps), dir);
  await mkdir(path, { recursive: true });
  try {
    for (const [key, wav] of clips) await writeFile(join(path, fileOf(key)), wav);
  } catch (e) {
    await rm(path, { recursive: true, force: true });
    throw e;
  }
  const createdAt = deps.clock.now().toISOString();
  const keys = CLIP_KEYS.filter((k) => clips.has(k));
  const id = deps.store.tx(() => {
    const packId = deps.store.voicePacks.add(hallId, { name, dir, clips: keys, source, createdAt });
    deps.store.events.append(hallId, createdAt, actor, 'voicePack:added', {
      packId,
      name,
      source,
      clips: keys.length,
    });
    return packId;
  });
  const pack = deps.store.voicePacks.get(hallId, id);
  if (!pack) throw notFound('Voice pack');
  return view(pack);
}

export async function uploadVoicePack(
  deps: Deps,
  actor: Actor,
  hallId: number,
  zip: Uint8Array,
  name?: string,
): Promise<VoicePackView> {
  const contents = readVoicePack(zip);
  const label = (name?.trim() || contents.name || '음성 팩').slice(0, 60);
  return store(deps, actor, hallId, label, 'upload', contents.clips);
}

export function listVoicePacks(deps: Deps, hallId: number) {
  return {
    packs: deps.store.voicePacks.list(hallId).map(view),
    choice: deps.store.voicePacks.choice(hallId),
  };
}

export function chooseVoicePack(
  deps: Deps,
  actor: Actor,
  hallId: number,
  input: HallVoice,
): HallVoice {
  if (input.packId !== null && !deps.store.voicePacks.get(hallId, input.packId))
    throw notFound('Voice pack');
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.voicePacks.choose(hallId, input);
    deps.store.events.append(hallId, now, actor, 'voicePack:chosen', input);
  });
  pushVoice(deps, hallId);
  return deps.store.voicePacks.choice(hallId);
}

/**
 * Deletes a pack the hall does not speak with. The chosen one is refused: the boards would lose
 * their voice mid-call (another pack, or none, is chosen first). The files go after the row, so a
 * failed removal leaves only an unused folder, never a listed pack without its clips.
 */
export async function deleteVoicePack(
  deps: Deps,
  actor: Actor,
  hallId: number,
  packId: number,
): Promise<void> {
  const pack = deps.store.voicePacks.get(hallId, packId);
  if (!pack) throw notFound('Voice pack');
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    if (deps.store.voicePacks.choice(hallId).packId === packId) {
      throw new CommandError(
        409,
        'voicePack.inUse',
        'This voice pack is the one the hall speaks with: choose another (or none) first.',
      );
    }
    deps.store.voicePacks.remove(hallId, packId);
    deps.store.events.append(hallId, now, actor, 'voicePack:deleted', {
      packId,
      name: pack.name,
    });
  });
  await rm(join(packsDir(deps), pack.dir), { recursive: true, force: true }).catch(() => undefined);
}

/** One clip's WAV; null when the pack or the clip is not there. */
export async function readClip(
  deps: Deps,
  packId: number,
  key: string,
): Promise<Uint8Array | null> {
  const pack = deps.store.voicePacks.byId(packId);
  if (!pack || !pack.clips.includes(key)) return null;
  return readFile(join(packsDir(deps), pack.dir, fileOf(key))).catch(() => null);
}

/**
 * A pack said by the server's engine, chosen for the hall when it has none: the demo hall speaks
 * from clips out of the box. The built-in chime stays (an engine's "딩동" is no chime).
 */
export async function installEnginePack(
  deps: Deps,
  hallId: number,
  speaker: Speaker,
): Promise<VoicePackView> {
  const clips = new Map<string, Uint8Array>();
  for (const key of CLIP_KEYS) {
    if (key === CHIME_CLIP) continue;
    clips.set(key, normaliseClip(key, await speaker.speak(clipText(key))));
  }
  const pack = await store(
    deps,
    'system',
    hallId,
    `서버 음성 (${speaker.engine})`,
    'engine',
    clips,
  );
  if (deps.store.voicePacks.choice(hallId).packId === null) {
    const allow = deps.store.voicePacks.choice(hallId).allowBrowserVoice;
    chooseVoicePack(deps, 'system', hallId, { packId: pack.id, allowBrowserVoice: allow });
  }
  return pack;
}

/** What a screen said it speaks with: the admin's device list shows it. */
export function reportVoicePath(
  deps: Deps,
  hallId: number,
  deviceId: number,
  path: string | null,
): void {
  deps.store.voicePacks.setDevicePath(hallId, deviceId, path);
  pushDevice(deps, hallId, deviceId);
}
