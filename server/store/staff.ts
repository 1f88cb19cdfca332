/** Staff of the hall as the seat charts and the kiosk's staff finder show them. */
import type { Presence, StaffMember } from '../../shared/schemas/hall';
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
});

export type NewStaff = Omit<StaffMember, 'id' | 'photoUrl'> & {
  photoFile: string | null;
  photoConsentAt: string | null;
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
       photo_file, photo_consent_at, seat_row, seat_col, presence, presence_note, return_at, proxy_id)
     VALUES (@hallId, @departmentId, @name, @team, @position, @grade, @duties, @extension,
       @photoFile, @photoConsentAt, @seatRow, @seatCol, @presence, @presenceNote, @returnAt, @proxyId)`,
  );
  const setProxy = db.prepare('UPDATE staff SET proxy_id = ? WHERE hall_id = ? AND id = ?');
  const setPhoto = db.prepare('UPDATE staff SET photo_file = ? WHERE hall_id = ? AND id = ?');
  const setPresence = db.prepare(
    `UPDATE staff SET presence = @presence, presence_note = @note, return_at = @returnAt,
       proxy_id = @proxyId WHERE hall_id = @hallId AND id = @id`,
  );
  const setPhotoWithConsent = db.prepare(
    `UPDATE staff SET photo_file = @file, photo_consent_at = @consentAt
     WHERE hall_id = @hallId AND id = @id`,
  );

  return {
    list: (hallId: number): StaffMember[] => active.all(hallId).map(toStaff),
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
