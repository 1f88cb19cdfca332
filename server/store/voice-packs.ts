/** Voice packs of a hall (the clips live as files; this is their list), its choice, screens' paths. */
import type { Db } from './db';

export type VoicePackRecord = {
  id: number;
  name: string;
  dir: string;
  clips: string[];
  source: 'upload' | 'engine';
  createdAt: string;
};
type PackRow = Omit<VoicePackRecord, 'clips' | 'createdAt'> & {
  clips: string;
  created_at: string;
};
export type HallVoice = { packId: number | null; allowBrowserVoice: boolean };

const toPack = (row: PackRow): VoicePackRecord => ({
  id: row.id,
  name: row.name,
  dir: row.dir,
  clips: JSON.parse(row.clips) as string[],
  source: row.source,
  createdAt: row.created_at,
});

export function createVoicePackStore(db: Db) {
  const cols = 'id, name, dir, clips, source, created_at';
  const list = db.prepare<[number], PackRow>(
    `SELECT ${cols} FROM voice_packs WHERE hall_id = ? ORDER BY id DESC`,
  );
  const get = db.prepare<[number, number], PackRow>(
    `SELECT ${cols} FROM voice_packs WHERE hall_id = ? AND id = ?`,
  );
  const byId = db.prepare<[number], PackRow & { hall_id: number }>(
    `SELECT hall_id, ${cols} FROM voice_packs WHERE id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO voice_packs (hall_id, name, dir, clips, source, created_at)
     VALUES (@hallId, @name, @dir, @clips, @source, @createdAt)`,
  );
  const remove = db.prepare<[number, number]>(
    'DELETE FROM voice_packs WHERE hall_id = ? AND id = ?',
  );
  const choice = db.prepare<[number], { pack_id: number | null; allow_browser_voice: number }>(
    'SELECT pack_id, allow_browser_voice FROM hall_voice WHERE hall_id = ?',
  );
  const choose = db.prepare(
    `INSERT INTO hall_voice (hall_id, pack_id, allow_browser_voice)
     VALUES (@hallId, @packId, @allow)
     ON CONFLICT (hall_id) DO UPDATE SET
       pack_id = excluded.pack_id, allow_browser_voice = excluded.allow_browser_voice`,
  );
  const setPath = db.prepare<{ hallId: number; id: number; path: string | null }>(
    'UPDATE devices SET voice_path = @path WHERE hall_id = @hallId AND id = @id',
  );
  const paths = db.prepare<[number], { id: number; voice_path: string | null }>(
    'SELECT id, voice_path FROM devices WHERE hall_id = ?',
  );
  return {
    list: (hallId: number) => list.all(hallId).map(toPack),
    get: (hallId: number, id: number) => {
      const row = get.get(hallId, id);
      return row ? toPack(row) : null;
    },
    /** Any hall's pack: the clip route is public and knows only the pack. */
    byId: (id: number) => {
      const row = byId.get(id);
      return row ? { hallId: row.hall_id, ...toPack(row) } : null;
    },
    add(hallId: number, pack: Omit<VoicePackRecord, 'id'>): number {
      return Number(
        insert.run({ hallId, ...pack, clips: JSON.stringify(pack.clips) }).lastInsertRowid,
      );
    },
    /** Removes the pack's row (its clips are files: the caller removes them). */
    remove(hallId: number, id: number): boolean {
      return remove.run(hallId, id).changes > 0;
    },
    /** No row yet: no pack, the browser's voice allowed. */
    choice(hallId: number): HallVoice {
      const row = choice.get(hallId);
      return {
        packId: row?.pack_id ?? null,
        allowBrowserVoice: row ? row.allow_browser_voice === 1 : true,
      };
    },
    choose(hallId: number, value: HallVoice): void {
      choose.run({ hallId, packId: value.packId, allow: value.allowBrowserVoice ? 1 : 0 });
    },
    setDevicePath(hallId: number, id: number, path: string | null): void {
      setPath.run({ hallId, id, path });
    },
    devicePaths(hallId: number): Map<number, string | null> {
      return new Map(paths.all(hallId).map((r) => [r.id, r.voice_path]));
    },
  };
}
