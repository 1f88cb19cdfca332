/**
 * Administering staff: add, edit, seat and retire people; a photo upload re-encoded by sharp
 * (cropped, fixed size, no metadata) with recorded consent; a CSV import that saves all rows or none.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { CommandError, notFound } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import type { StaffMember } from '../../shared/schemas/hall';
import { line } from '../../shared/schemas/text';
import {
  SEAT_MAX_COL,
  SEAT_MAX_ROW,
  type ImportResult,
  type ImportRowError,
  type ImportRowIssue,
  type PhotoCrop,
  type SeatPlan,
  type SeatPosition,
  type StaffAdminRow,
  type StaffBody,
} from '../../shared/schemas/staff';
import type { z } from 'zod';
import type { Deps } from '../context';
import { actorOf, hallOf } from '../http/env';
import { rooms } from '../realtime/rooms';
import type { NewStaff, StaffFields } from '../store/staff';
import { pushStaff } from './presence';

type StaffInput = z.output<typeof StaffBody>;

/** Sends changed rows to the admin consoles (retired staff included: they stay in the list). */
export function pushStaffAdmin(deps: Deps, hallId: number, ids: number[]): void {
  const items = ids.flatMap((id) => deps.store.staff.adminRow(hallId, id) ?? []);
  if (items.length > 0)
    deps.hub.publish<'admin'>(rooms.admin(hallId), [{ op: 'upsert', key: 'staff', items }]);
}

/**
 * After a change, every screen that shows staff: the seat chart of the department (and the one a
 * person left), the kiosks' finder, the admin consoles. Retired staff are removed from the first two.
 */
export function publishStaffChange(
  deps: Deps,
  hallId: number,
  changes: { id: number; fromDepartmentId?: number }[],
): void {
  const active: StaffMember[] = [];
  const gone = new Map<number, number[]>();
  const leave = (departmentId: number, id: number) =>
    gone.set(departmentId, [...(gone.get(departmentId) ?? []), id]);
  for (const { id, fromDepartmentId } of changes) {
    const member = deps.store.staff.get(hallId, id);
    if (!member) continue;
    if (fromDepartmentId !== undefined && fromDepartmentId !== member.departmentId) {
      leave(fromDepartmentId, id);
    }
    if (deps.store.staff.isRetired(hallId, id)) leave(member.departmentId, id);
    else active.push(member);
  }
  for (const [departmentId, ids] of gone) {
    deps.hub.publish<'seats'>(rooms.department(hallId, departmentId), [
      { op: 'remove', key: 'staff', ids },
    ]);
  }
  const retiredIds = changes
    .map((c) => c.id)
    .filter((id) => deps.store.staff.isRetired(hallId, id));
  if (retiredIds.length > 0) {
    deps.hub.publish<'kiosk'>(rooms.kiosks(hallId), [
      { op: 'remove', key: 'staff', ids: retiredIds },
    ]);
  }
  pushStaff(deps, hallId, active);
  pushStaffAdmin(
    deps,
    hallId,
    changes.map((c) => c.id),
  );
}

function departmentOrThrow(deps: Deps, hallId: number, departmentId: number) {
  const department = deps.store.places.department(hallId, departmentId);
  if (!department) {
    throw new CommandError(400, 'unknown_department', `There is no department ${departmentId}.`, [
      { path: 'departmentId', message: 'unknown department' },
    ]);
  }
  return department;
}

/** The first free seat of a department: the head row for a leader, else the foot of the office. */
export function freeSeat(
  deps: Deps,
  hallId: number,
  departmentId: number,
  leader: boolean,
): SeatPosition {
  const staff = deps.store.staff.ofDepartment(hallId, departmentId);
  const taken = new Set(staff.map((s) => `${s.seat.row}:${s.seat.col}`));
  const firstRow = leader ? 0 : Math.max(1, ...staff.map((s) => s.seat.row));
  for (let row = firstRow; ; row++) {
    for (let col = 1; col <= SEAT_MAX_COL; col++) {
      if (!taken.has(`${row}:${col}`)) return { row, col };
    }
  }
}

function seatFreeOrThrow(
  deps: Deps,
  hallId: number,
  departmentId: number,
  seat: SeatPosition,
  self: number | null,
): void {
  const holder = deps.store.staff.seatHolder(hallId, departmentId, seat);
  if (holder !== undefined && holder !== self) {
    throw new CommandError(
      409,
      'seat_taken',
      `Row ${seat.row}, column ${seat.col} is someone else’s desk. Move that person first or pick another seat.`,
      [{ path: 'seat', message: 'taken' }],
    );
  }
}

const fieldsOf = (input: StaffInput, seat: SeatPosition): StaffFields => ({
  departmentId: input.departmentId,
  name: input.name,
  nameEn: input.nameEn,
  team: input.team,
  position: input.position,
  duties: input.duties,
  extension: input.extension,
  leader: input.leader,
  seat,
});

export function addStaff(deps: Deps, principal: Principal, input: StaffInput): StaffAdminRow {
  const hallId = hallOf(principal);
  departmentOrThrow(deps, hallId, input.departmentId);
  const now = deps.clock.now().toISOString();
  const id = deps.store.tx(() => {
    const seat = input.seat ?? freeSeat(deps, hallId, input.departmentId, input.leader);
    seatFreeOrThrow(deps, hallId, input.departmentId, seat, null);
    const f = fieldsOf(input, seat);
    const newId = deps.store.staff.add(hallId, {
      ...f,
      grade: '',
      photoFile: null,
      photoConsentAt: null,
      presence: 'in',
      presenceNote: '',
      returnAt: null,
      proxyId: null,
    });
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:added', {
      staffId: newId,
      ...f,
    });
    return newId;
  });
  publishStaffChange(deps, hallId, [{ id }]);
  const row = deps.store.staff.adminRow(hallId, id);
  if (!row) throw notFound('Staff member');
  return row;
}

export function updateStaff(
  deps: Deps,
  principal: Principal,
  staffId: number,
  input: StaffInput,
): StaffAdminRow {
  const hallId = hallOf(principal);
  const before = deps.store.staff.adminRow(hallId, staffId);
  if (!before) throw notFound('Staff member');
  if (before.retiredAt) {
    throw new CommandError(409, 'staff_retired', 'This person has retired. Reinstate them first.');
  }
  departmentOrThrow(deps, hallId, input.departmentId);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    // A person moving to another office, or becoming a team leader (who sits at the head), takes
    // a free desk there unless a seat is given.
    const moved = before.departmentId !== input.departmentId || (input.leader && !before.leader);
    const seat =
      input.seat ??
      (moved ? freeSeat(deps, hallId, input.departmentId, input.leader) : before.seat);
    seatFreeOrThrow(deps, hallId, input.departmentId, seat, staffId);
    const f = fieldsOf(input, seat);
    deps.store.staff.update(hallId, staffId, f);
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:updated', { staffId, ...f });
  });
  publishStaffChange(deps, hallId, [{ id: staffId, fromDepartmentId: before.departmentId }]);
  const row = deps.store.staff.adminRow(hallId, staffId);
  if (!row) throw notFound('Staff member');
  return row;
}

/** Moves a desk; onto a taken seat, the two people swap desks. */
export function moveSeat(
  deps: Deps,
  principal: Principal,
  staffId: number,
  seat: SeatPosition,
): StaffAdminRow[] {
  const hallId = hallOf(principal);
  const member = deps.store.staff.adminRow(hallId, staffId);
  if (!member || member.retiredAt) throw notFound('Staff member');
  const plan = deps.store.seatPlans.get(hallId, member.departmentId);
  if (plan.aisleRows.includes(seat.row) || (seat.row > 0 && plan.aisleCols.includes(seat.col))) {
    throw new CommandError(
      409,
      'seat_on_aisle',
      `Row ${seat.row}, column ${seat.col} is a walkway in the seat plan. Remove the walkway first or pick another desk.`,
      [{ path: 'seat', message: 'aisle' }],
    );
  }
  const takesEmpty = plan.emptyDesks.some((d) => d.row === seat.row && d.col === seat.col);
  const now = deps.clock.now().toISOString();
  const changed = deps.store.tx(() => {
    // Sitting down at an empty desk fills it: the plan no longer marks it empty.
    if (takesEmpty) deps.store.seatPlans.occupy(hallId, member.departmentId, seat);
    const holder = deps.store.staff.seatHolder(hallId, member.departmentId, seat);
    const ids = [staffId];
    if (holder !== undefined && holder !== staffId) {
      deps.store.staff.setSeat(hallId, holder, member.seat);
      ids.push(holder);
    }
    deps.store.staff.setSeat(hallId, staffId, seat);
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:seated', {
      staffId,
      seat,
      swappedWith: holder !== staffId ? (holder ?? null) : null,
    });
    return ids;
  });
  publishStaffChange(
    deps,
    hallId,
    changed.map((id) => ({ id })),
  );
  if (takesEmpty) pushSeatPlan(deps, hallId, member.departmentId);
  return changed.flatMap((id) => deps.store.staff.adminRow(hallId, id) ?? []);
}

/** The door display (and a kiosk showing the chart) redraw the office's plan at once. */
function pushSeatPlan(deps: Deps, hallId: number, departmentId: number): SeatPlan {
  const plan = deps.store.seatPlans.get(hallId, departmentId);
  deps.hub.publish<'seats'>(rooms.department(hallId, departmentId), [
    { op: 'set', key: 'plan', value: plan },
  ]);
  return plan;
}

const planError = (code: string, message: string, path: string) =>
  new CommandError(code === 'seat_plan_outside' ? 400 : 409, code, message, [
    { path, message: code },
  ]);

/**
 * Replaces an office's empty desks and walkways. Every mark must lie on the seat grid and on no
 * one's desk (a walkway through a person, or an empty desk where someone sits, would hide them
 * from the door display); the head's row has no walkway columns, its desks stand apart anyway.
 */
export function setSeatPlan(
  deps: Deps,
  principal: Principal,
  departmentId: number,
  input: SeatPlan,
): SeatPlan {
  const hallId = hallOf(principal);
  departmentOrThrow(deps, hallId, departmentId);
  const plan: SeatPlan = {
    emptyDesks: [...new Map(input.emptyDesks.map((d) => [`${d.row}:${d.col}`, d])).values()].sort(
      (a, b) => a.row - b.row || a.col - b.col,
    ),
    aisleCols: [...new Set(input.aisleCols)].sort((a, b) => a - b),
    aisleRows: [...new Set(input.aisleRows)].sort((a, b) => a - b),
  };
  plan.emptyDesks.forEach((d, i) => {
    if (d.row < 0 || d.row > SEAT_MAX_ROW || d.col < 1 || d.col > SEAT_MAX_COL)
      throw planError(
        'seat_plan_outside',
        `An empty desk at row ${d.row}, column ${d.col} is outside the seat grid (rows 0–${SEAT_MAX_ROW}, columns 1–${SEAT_MAX_COL}).`,
        `emptyDesks.${i}`,
      );
  });
  plan.aisleCols.forEach((col, i) => {
    if (col < 1 || col > SEAT_MAX_COL)
      throw planError(
        'seat_plan_outside',
        `A walkway at column ${col} is outside the seat grid (columns 1–${SEAT_MAX_COL}).`,
        `aisleCols.${i}`,
      );
  });
  plan.aisleRows.forEach((row, i) => {
    if (row < 1 || row > SEAT_MAX_ROW)
      throw planError(
        'seat_plan_outside',
        `A walkway at row ${row} is outside the team rows (rows 1–${SEAT_MAX_ROW}).`,
        `aisleRows.${i}`,
      );
  });
  const staff = deps.store.staff.ofDepartment(hallId, departmentId);
  const inAisle = (row: number, col: number) =>
    plan.aisleRows.includes(row) || (row > 0 && plan.aisleCols.includes(col));
  plan.emptyDesks.forEach((d, i) => {
    const holder = staff.find((m) => m.seat.row === d.row && m.seat.col === d.col);
    if (holder)
      throw planError(
        'seat_plan_taken',
        `Row ${d.row}, column ${d.col} is ${holder.name}’s desk, not an empty one.`,
        `emptyDesks.${i}`,
      );
    if (inAisle(d.row, d.col))
      throw planError(
        'seat_plan_taken',
        `Row ${d.row}, column ${d.col} is on a walkway; a desk cannot stand there.`,
        `emptyDesks.${i}`,
      );
  });
  const crossed = staff.find((m) => inAisle(m.seat.row, m.seat.col));
  if (crossed) {
    const col = plan.aisleCols.indexOf(crossed.seat.col);
    throw planError(
      'seat_plan_taken',
      `A walkway would run through ${crossed.name}’s desk (row ${crossed.seat.row}, column ${crossed.seat.col}). Move that person first.`,
      plan.aisleRows.includes(crossed.seat.row)
        ? `aisleRows.${plan.aisleRows.indexOf(crossed.seat.row)}`
        : `aisleCols.${col}`,
    );
  }
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.seatPlans.set(hallId, departmentId, plan);
    deps.store.events.append(hallId, now, actorOf(principal), 'seats:planned', {
      departmentId,
      ...plan,
    });
  });
  return pushSeatPlan(deps, hallId, departmentId);
}

/**
 * Retires a person: gone from seat charts and the kiosk finder, kept with their history (callbacks,
 * events). Their sign-in accounts are disabled and they stop standing in for anyone.
 */
export function retireStaff(deps: Deps, principal: Principal, staffId: number): StaffAdminRow {
  const hallId = hallOf(principal);
  const member = deps.store.staff.adminRow(hallId, staffId);
  if (!member) throw notFound('Staff member');
  if (member.retiredAt) return member;
  const now = deps.clock.now().toISOString();
  const accounts = deps.store.accounts.ofStaff(hallId, staffId);
  if (principal.account && accounts.some((a) => a.id === principal.account?.id)) {
    throw new CommandError(
      409,
      'retire_self',
      'You cannot retire the person you are signed in as.',
    );
  }
  const orphans = deps.store.staff.standInsFor(hallId, staffId);
  deps.store.tx(() => {
    deps.store.staff.setRetired(hallId, staffId, now);
    for (const o of orphans) deps.store.staff.setProxy(hallId, o.id, null);
    for (const a of accounts) {
      deps.store.accounts.setDisabled(hallId, a.id, now);
      deps.store.accounts.endSessionsOf(a.id);
    }
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:retired', {
      staffId,
      disabledAccounts: accounts.map((a) => a.id),
      clearedStandIns: orphans.map((o) => o.id),
    });
  });
  // A retired person's open screens close now, not when they next ask for something.
  for (const a of accounts) deps.hub.cutAccount(a.id);
  publishStaffChange(deps, hallId, [{ id: staffId }, ...orphans.map((o) => ({ id: o.id }))]);
  publishAccounts(
    deps,
    hallId,
    accounts.map((a) => a.id),
  );
  const row = deps.store.staff.adminRow(hallId, staffId);
  if (!row) throw notFound('Staff member');
  return row;
}

/** Brings a retired person back, at a free desk (their old one may have been given away). */
export function reinstateStaff(deps: Deps, principal: Principal, staffId: number): StaffAdminRow {
  const hallId = hallOf(principal);
  const member = deps.store.staff.adminRow(hallId, staffId);
  if (!member) throw notFound('Staff member');
  if (!member.retiredAt) return member;
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    const holder = deps.store.staff.seatHolder(hallId, member.departmentId, member.seat);
    const seat =
      holder === undefined
        ? member.seat
        : freeSeat(deps, hallId, member.departmentId, member.leader);
    deps.store.staff.setSeat(hallId, staffId, seat);
    deps.store.staff.setRetired(hallId, staffId, null);
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:reinstated', {
      staffId,
      seat,
    });
  });
  publishStaffChange(deps, hallId, [{ id: staffId }]);
  const row = deps.store.staff.adminRow(hallId, staffId);
  if (!row) throw notFound('Staff member');
  return row;
}

/** Sends changed accounts to the admin consoles. */
export function publishAccounts(deps: Deps, hallId: number, ids: number[]): void {
  const items = ids.flatMap((id) => deps.store.accounts.adminRow(hallId, id) ?? []);
  if (items.length > 0) {
    deps.hub.publish<'admin'>(rooms.admin(hallId), [{ op: 'upsert', key: 'accounts', items }]);
  }
}

/** Largest upload accepted, in bytes: a phone photo fits; anything bigger is refused unread. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
/**
 * Largest image accepted, in pixels (25 megapixels, a 6000×4000 camera; phones take 12): checked
 * from the header, before decoding. A tiny PNG can claim 36 megapixels and cost 150 MB decoded.
 */
export const PHOTO_MAX_PIXELS = 25_000_000;
/** Stored portrait size: 3:4, as the seat cards show it. */
export const PHOTO_SIZE = { width: 480, height: 640 };
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);
const CSV_TEXT = line();

/** Every refusal of the photo itself names the form's file field, for the console to mark. */
const FILE_FIELD = (message: string) => [{ path: 'file', message }];

const notAnImage = () =>
  new CommandError(
    400,
    'not_an_image',
    'This file is not a JPEG, PNG or WebP photo.',
    FILE_FIELD('not a photo'),
  );

/**
 * Re-encodes an uploaded photo: rotated upright, cut to the admin's crop (in the upright image's
 * pixels) or else around the face, resized to 3:4, WebP, every metadata dropped.
 */
export async function reencodePhoto(input: Uint8Array, crop?: PhotoCrop): Promise<Buffer> {
  if (input.byteLength > PHOTO_MAX_BYTES) {
    throw new CommandError(
      413,
      'photo_too_large',
      'The photo is larger than 8 MB.',
      FILE_FIELD('too large'),
    );
  }
  const options = { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error' as const };
  const tooManyPixels = () =>
    new CommandError(
      413,
      'photo_too_many_pixels',
      'The photo has too many pixels (more than 25 megapixels). Send a smaller one.',
      FILE_FIELD('too many pixels'),
    );
  let meta: sharp.Metadata;
  try {
    // Reads the header only: the pixel limit is checked before anything is decoded.
    meta = await sharp(input, options).metadata();
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw tooManyPixels();
    throw notAnImage();
  }
  if (!meta.format || !ACCEPTED_FORMATS.has(meta.format)) throw notAnImage();
  if ((meta.width ?? 0) * (meta.height ?? 0) > PHOTO_MAX_PIXELS) throw tooManyPixels();
  if (crop) {
    // EXIF orientations 5–8 turn the picture a quarter: the browser showed it upright.
    const turned = (meta.orientation ?? 1) >= 5;
    const width = (turned ? meta.height : meta.width) ?? 0;
    const height = (turned ? meta.width : meta.height) ?? 0;
    if (crop.x + crop.w > width || crop.y + crop.h > height) {
      throw new CommandError(
        400,
        'crop_outside',
        `The crop goes beyond the photo (${width}×${height} pixels). Choose the position again.`,
        FILE_FIELD('crop outside the photo'),
      );
    }
  }
  try {
    // rotate() before extract(): the crop applies to the upright image, as the preview showed it.
    // sharp writes no metadata unless asked (no withMetadata): EXIF and GPS are gone.
    let image = sharp(input, options).rotate();
    if (crop) image = image.extract({ left: crop.x, top: crop.y, width: crop.w, height: crop.h });
    return await image
      .resize(PHOTO_SIZE.width, PHOTO_SIZE.height, {
        fit: 'cover',
        position: crop ? 'centre' : 'attention',
      })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw new CommandError(
      400,
      'photo_unreadable',
      'The photo could not be read. It may be damaged.',
      FILE_FIELD('unreadable'),
    );
  }
}

export async function uploadPhoto(
  deps: Deps,
  principal: Principal,
  staffId: number,
  input: { bytes: Uint8Array; consentDate: string; crop?: PhotoCrop | undefined },
): Promise<StaffMember> {
  const hallId = hallOf(principal);
  if (!deps.store.staff.get(hallId, staffId)) throw notFound('Staff member');
  const oldFile = deps.store.staff.photoFile(hallId, staffId);
  const encoded = await reencodePhoto(input.bytes, input.crop);
  const file = `staff-${staffId}-${randomBytes(6).toString('hex')}.webp`;
  const dir = join(deps.config.dataDir, 'photos');
  await mkdir(dir, { recursive: true });
  // The new file is written first: until the row points at it, the old photo stays shown.
  await writeFile(join(dir, file), encoded);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.staff.setPhotoWithConsent(hallId, staffId, file, input.consentDate);
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:photo', {
      staffId,
      file,
      consentDate: input.consentDate,
      cropped: Boolean(input.crop),
    });
  });
  const updated = deps.store.staff.get(hallId, staffId);
  if (!updated) throw notFound('Staff member');
  publishStaffChange(deps, hallId, [{ id: staffId }]);
  // Only now that the row points at the new file is the old one removed (a portrait is personal data).
  if (oldFile && oldFile !== file) await unlink(join(dir, oldFile)).catch(() => undefined);
  return updated;
}

/** Splits CSV text into rows of fields; double quotes may wrap a field and "" is a quote. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

const REQUIRED = ['name', 'position', 'department', 'duties', 'extension'] as const;
const HEADER_ALIASES: Record<string, string> = {
  이름: 'name',
  성명: 'name',
  직위: 'position',
  부서: 'department',
  담당업무: 'duties',
  업무: 'duties',
  내선: 'extension',
  전화: 'extension',
  팀: 'team',
};

/** Imports staff from CSV: with `dryRun`, or when any row is wrong, nothing is saved. */
export function importStaff(
  deps: Deps,
  principal: Principal,
  csv: string,
  dryRun: boolean,
): ImportResult {
  const hallId = hallOf(principal);
  const rows = parseCsv(csv);
  const header = (rows[0] ?? []).map((h) => {
    const key = h.trim().toLowerCase();
    return HEADER_ALIASES[key] ?? key;
  });
  const missing = REQUIRED.filter((col) => !header.includes(col));
  if (missing.length > 0) {
    throw new CommandError(
      400,
      'csv_header',
      `The first line must name the columns: ${REQUIRED.join(', ')}. Missing: ${missing.join(', ')}.`,
    );
  }
  const departments = deps.store.places.departments(hallId);
  const existing = deps.store.staff.list(hallId);
  const nextRow = new Map<number, number>();
  for (const s of existing) {
    nextRow.set(s.departmentId, Math.max(nextRow.get(s.departmentId) ?? 0, s.seat.row + 1));
  }
  const errors: ImportRowError[] = [];
  const toAdd: NewStaff[] = [];
  const seatsTaken = new Map<string, number>();
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2; // The header is line 1.
    // The same rule as every form: NFC, trimmed, no control or direction characters.
    const refused: string[] = [];
    const get = (col: string) => {
      const parsed = CSV_TEXT.safeParse(cells[header.indexOf(col)] ?? '');
      if (parsed.success) return parsed.data;
      if (!refused.includes(col)) refused.push(col);
      return '';
    };
    if (cells.length !== header.length) {
      errors.push({
        row: line,
        message: `Expected ${header.length} fields, found ${cells.length}.`,
        issues: [{ kind: 'fields', value: `${cells.length}/${header.length}` }],
      });
      return;
    }
    const name = get('name');
    const depName = get('department');
    const extension = get('extension');
    const department = departments.find(
      (d) => d.slug === depName || d.name === depName || d.nameEn === depName,
    );
    const problems: string[] = [];
    const issues: ImportRowIssue[] = [];
    if (!name || name.length > 40) {
      problems.push('name is empty or too long');
      issues.push({ kind: 'name', value: name });
    }
    if (!get('position')) {
      problems.push('position is empty');
      issues.push({ kind: 'position', value: '' });
    }
    if (!department) {
      problems.push(`no department "${depName}"`);
      issues.push({ kind: 'department', value: depName });
    }
    if (!/^[0-9][0-9-]{1,19}$/.test(extension)) {
      problems.push(`extension "${extension}" is not a number`);
      issues.push({ kind: 'extension', value: extension });
    }
    // Read last, so the other columns' checks have run through `get` too.
    const team = get('team');
    const position = get('position');
    const duties = get('duties');
    for (const col of refused) {
      problems.push(`${col} contains a control or text-direction character`);
      issues.push({ kind: 'text', value: col });
    }
    if (problems.length > 0 || !department) {
      errors.push({ row: line, message: problems.join('; '), issues });
      return;
    }
    const seatRow = nextRow.get(department.id) ?? 1;
    const col = (seatsTaken.get(`${department.id}`) ?? 0) + 1;
    seatsTaken.set(`${department.id}`, col);
    toAdd.push({
      departmentId: department.id,
      name,
      team,
      position,
      grade: '',
      duties: duties
        .split(/[;/|]/)
        .map((d) => d.trim())
        .filter(Boolean)
        .slice(0, 5),
      extension,
      photoFile: null,
      photoConsentAt: null,
      // New staff sit at the foot of the office, four to a row, until the admin places them.
      seat: { row: seatRow + Math.floor((col - 1) / 4), col: ((col - 1) % 4) + 1 },
      presence: 'in',
      presenceNote: '',
      returnAt: null,
      proxyId: null,
    });
  });
  const result = { dryRun, rows: rows.length - 1, imported: 0, errors };
  if (dryRun) return result;
  if (errors.length > 0) {
    throw new CommandError(
      422,
      'csv_invalid',
      `${errors.length} row(s) have errors; nothing was imported.`,
      errors.map((e) => ({ path: `row ${e.row}`, message: e.message })),
    );
  }
  const now = deps.clock.now().toISOString();
  const ids = deps.store.tx(() => {
    const added = toAdd.map((s) => deps.store.staff.add(hallId, s));
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:imported', {
      count: added.length,
    });
    return added;
  });
  publishStaffChange(
    deps,
    hallId,
    ids.map((id) => ({ id })),
  );
  return { ...result, imported: ids.length };
}
