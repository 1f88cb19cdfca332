/** Staff of the hall as the seat charts and the kiosk's staff finder show them. */
import type { Presence, StaffMember } from '../../shared/schemas/hall';
import type { SeatPosition, StaffAdminRow } from '../../shared/schemas/staff';
import type { Db } from './db';

type StaffRow = {
  id: number;
  department_id: number;
  name: string;
  team: string;
  position: string;
  grade: string;
  duties: string;
  extension: string;
  photo_file: string | null;
  photo_consent_at: string | null;
  seat_row: number;
  seat_col: number;
  presence: string;
  presence_note: string;
  return_at: string | null;
  proxy_id: number | null;
  name_en: string;
  leader: number;
  retired_at: string | null;
};

const toStaff = (row: StaffRow): StaffMember => ({
  id: row.id,
  departmentId: row.department_id,
  name: row.name,
  team: row.team,
  position: row.position,
  grade: row.grade,
  duties: JSON.parse(row.duties) as string[],
  extension: row.extension,
  // Without recorded consent no photo is shown, only the neutral silhouette.
  photoUrl: row.photo_file && row.photo_consent_at ? `/api/files/photos/${row.photo_file}` : null,
  seat: { row: row.seat_row, col: row.seat_col },
  presence: row.presence as Presence,
  presenceNote: row.presence_note,
  returnAt: row.return_at,
  proxyId: row.proxy_id,
  nameEn: row.name_en,
  leader: row.leader === 1,
});

const toAdminRow = (row: StaffRow): StaffAdminRow => ({
  id: row.id,
  departmentId: row.department_id,
  name: row.name,
  nameEn: row.name_en,
  team: row.team,
  position: row.position,
  duties: JSON.parse(row.duties) as string[],
  extension: row.extension,
  leader: row.leader === 1,
  seat: { row: row.seat_row, col: row.seat_col },
  photoUrl: row.photo_file ? `/api/files/photos/${row.photo_file}` : null,
  photoConsentAt: row.photo_consent_at,
  retiredAt: row.retired_at,
});

/** What the admin console edits: everything but photo, presence and retirement. */
export type StaffFields = {
  departmentId: number;
  name: string;
  nameEn: string;
  team: string;
  position: string;
  duties: string[];
  extension: string;
  leader: boolean;
  seat: SeatPosition;
};

export type NewStaff = Omit<StaffMember, 'id' | 'photoUrl' | 'nameEn' | 'leader'> & {
  photoFile: string | null;
  photoConsentAt: string | null;
  nameEn?: string;
  /** Defaults to sitting at the head (row 0). */
  leader?: boolean;
};

export function createStaffStore(db: Db) {
  const active = db.prepare<[number], StaffRow>(
    `SELECT * FROM staff WHERE hall_id = ? AND retired_at IS NULL
     ORDER BY department_id, seat_row, seat_col, id`,
  );
  const byDepartment = db.prepare<[number, number], StaffRow>(
    `SELECT * FROM staff WHERE hall_id = ? AND department_id = ? AND retired_at IS NULL
     ORDER BY seat_row, seat_col, id`,
  );
  const byId = db.prepare<[number, number], StaffRow>(
    'SELECT * FROM staff WHERE hall_id = ? AND id = ?',
  );
  const insert = db.prepare(
    `INSERT INTO staff (hall_id, department_id, name, team, position, grade, duties, extension,
       photo_file, photo_consent_at, seat_row, seat_col, presence, presence_note, return_at, proxy_id,
       name_en, leader)
     VALUES (@hallId, @departmentId, @name, @team, @position, @grade, @duties, @extension,
       @photoFile, @photoConsentAt, @seatRow, @seatCol, @presence, @presenceNote, @returnAt, @proxyId,
       @nameEn, @leader)`,
  );
  const setProxy = db.prepare('UPDATE staff SET proxy_id = ? WHERE hall_id = ? AND id = ?');
  const setPhoto = db.prepare('UPDATE staff SET photo_file = ? WHERE hall_id = ? AND id = ?');
  const setPresence = db.prepare(
    `UPDATE staff SET presence = @presence, presence_note = @note, return_at = @returnAt,
       proxy_id = @proxyId WHERE hall_id = @hallId AND id = @id`,
  );
  const all = db.prepare<[number], StaffRow>(
    `SELECT * FROM staff WHERE hall_id = ? ORDER BY retired_at IS NOT NULL, department_id,
       seat_row, seat_col, id`,
  );
  const update = db.prepare(
    `UPDATE staff SET department_id = @departmentId, name = @name, name_en = @nameEn, team = @team,
       position = @position, duties = @duties, extension = @extension, leader = @leader,
       seat_row = @seatRow, seat_col = @seatCol
     WHERE hall_id = @hallId AND id = @id`,
  );
  const setSeat = db.prepare(
    'UPDATE staff SET seat_row = @row, seat_col = @col WHERE hall_id = @hallId AND id = @id',
  );
  const seatHolder = db.prepare<[number, number, number, number], { id: number }>(
    `SELECT id FROM staff WHERE hall_id = ? AND department_id = ? AND seat_row = ? AND seat_col = ?
       AND retired_at IS NULL`,
  );
  const setRetired = db.prepare(
    'UPDATE staff SET retired_at = @at WHERE hall_id = @hallId AND id = @id',
  );
  const standInsFor = db.prepare<[number, number], StaffRow>(
    'SELECT * FROM staff WHERE hall_id = ? AND proxy_id = ? AND retired_at IS NULL',
  );
  const setPhotoWithConsent = db.prepare(
    `UPDATE staff SET photo_file = @file, photo_consent_at = @consentAt
     WHERE hall_id = @hallId AND id = @id`,
  );

  return {
    list: (hallId: number): StaffMember[] => active.all(hallId).map(toStaff),
    /** The admin console's list: retired staff too, after the active ones. */
    adminList: (hallId: number): StaffAdminRow[] => all.all(hallId).map(toAdminRow),
    adminRow(hallId: number, id: number): StaffAdminRow | undefined {
      const row = byId.get(hallId, id);
      return row && toAdminRow(row);
    },
    /** The stored photo file, for removing it once a new one replaces it. */
    photoFile: (hallId: number, id: number): string | null =>
      byId.get(hallId, id)?.photo_file ?? null,
    isRetired: (hallId: number, id: number): boolean => Boolean(byId.get(hallId, id)?.retired_at),
    update(hallId: number, id: number, f: StaffFields): void {
      update.run({
        ...f,
        hallId,
        id,
        duties: JSON.stringify(f.duties),
        leader: f.leader ? 1 : 0,
        seatRow: f.seat.row,
        seatCol: f.seat.col,
      });
    },
    setSeat(hallId: number, id: number, seat: SeatPosition): void {
      setSeat.run({ hallId, id, ...seat });
    },
    /** Who sits at a seat of a department now, if anyone (retired staff sit nowhere). */
    seatHolder: (hallId: number, departmentId: number, seat: SeatPosition): number | undefined =>
      seatHolder.get(hallId, departmentId, seat.row, seat.col)?.id,
    setRetired(hallId: number, id: number, at: string | null): void {
      setRetired.run({ hallId, id, at });
    },
    /** Active staff whose stand-in is this one. */
    standInsFor: (hallId: number, id: number): StaffMember[] =>
      standInsFor.all(hallId, id).map(toStaff),
    ofDepartment: (hallId: number, departmentId: number): StaffMember[] =>
      byDepartment.all(hallId, departmentId).map(toStaff),
    get(hallId: number, id: number): StaffMember | undefined {
      const row = byId.get(hallId, id);
      return row && toStaff(row);
    },
    add(hallId: number, staff: NewStaff): number {
      return Number(
        insert.run({
          ...staff,
          hallId,
          duties: JSON.stringify(staff.duties),
          seatRow: staff.seat.row,
          seatCol: staff.seat.col,
          nameEn: staff.nameEn ?? '',
          leader: (staff.leader ?? staff.seat.row === 0) ? 1 : 0,
        }).lastInsertRowid,
      );
    },
    setProxy(hallId: number, id: number, proxyId: number | null): void {
      setProxy.run(proxyId, hallId, id);
    },
    setPhoto(hallId: number, id: number, file: string | null): void {
      setPhoto.run(file, hallId, id);
    },
    setPresence(
      hallId: number,
      id: number,
      p: { presence: Presence; note: string; returnAt: string | null; proxyId: number | null },
    ): void {
      setPresence.run({ hallId, id, ...p });
    },
    setPhotoWithConsent(hallId: number, id: number, file: string, consentAt: string): void {
      setPhotoWithConsent.run({ hallId, id, file, consentAt });
    },
  };
}
