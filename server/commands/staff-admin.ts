/**
 * Administering staff: a photo upload re-encoded by sharp (fixed size, no metadata) with recorded
 * consent, and a CSV import that saves all rows or none.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { CommandError, notFound } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import type { StaffMember } from '../../shared/schemas/hall';
import type { ImportResult, ImportRowError } from '../../shared/schemas/staff';
import type { Deps } from '../context';
import { actorOf, hallOf } from '../http/env';
import type { NewStaff } from '../store/staff';
import { pushStaff } from './presence';

/** Largest upload accepted, in bytes: a phone photo fits; anything bigger is refused unread. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
/** Largest decoded image, in pixels (about 40 megapixels): a decompression bomb stops here. */
export const PHOTO_MAX_PIXELS = 40_000_000;
/** Stored portrait size: 3:4, as the seat cards show it. */
export const PHOTO_SIZE = { width: 480, height: 640 };
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

const notAnImage = () =>
  new CommandError(400, 'not_an_image', 'This file is not a JPEG, PNG or WebP photo.');

/** Re-encodes an uploaded photo: rotated upright, cropped to 3:4, WebP, every metadata dropped. */
export async function reencodePhoto(input: Uint8Array): Promise<Buffer> {
  if (input.byteLength > PHOTO_MAX_BYTES) {
    throw new CommandError(413, 'photo_too_large', 'The photo is larger than 8 MB.');
  }
  const options = { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error' as const };
  const tooManyPixels = () =>
    new CommandError(
      413,
      'photo_too_many_pixels',
      'The photo has too many pixels (more than 40 megapixels). Send a smaller one.',
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
  try {
    // sharp writes no metadata unless asked (no withMetadata): EXIF and GPS are gone.
    return await sharp(input, options)
      .rotate()
      .resize(PHOTO_SIZE.width, PHOTO_SIZE.height, { fit: 'cover', position: 'attention' })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw new CommandError(
      400,
      'photo_unreadable',
      'The photo could not be read. It may be damaged.',
    );
  }
}

export async function uploadPhoto(
  deps: Deps,
  principal: Principal,
  staffId: number,
  input: { bytes: Uint8Array; consentDate: string },
): Promise<StaffMember> {
  const hallId = hallOf(principal);
  if (!deps.store.staff.get(hallId, staffId)) throw notFound('Staff member');
  const encoded = await reencodePhoto(input.bytes);
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
    });
  });
  const updated = deps.store.staff.get(hallId, staffId);
  if (!updated) throw notFound('Staff member');
  pushStaff(deps, hallId, [updated]);
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
    const get = (col: string) => (cells[header.indexOf(col)] ?? '').trim();
    if (cells.length !== header.length) {
      errors.push({
        row: line,
        message: `Expected ${header.length} fields, found ${cells.length}.`,
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
    if (!name || name.length > 40) problems.push('name is empty or too long');
    if (!get('position')) problems.push('position is empty');
    if (!department) problems.push(`no department "${depName}"`);
    if (!/^[0-9][0-9-]{1,19}$/.test(extension))
      problems.push(`extension "${extension}" is not a number`);
    if (problems.length > 0 || !department) {
      errors.push({ row: line, message: problems.join('; ') });
      return;
    }
    const seatRow = nextRow.get(department.id) ?? 1;
    const col = (seatsTaken.get(`${department.id}`) ?? 0) + 1;
    seatsTaken.set(`${department.id}`, col);
    toAdd.push({
      departmentId: department.id,
      name,
      team: get('team'),
      position: get('position'),
      grade: '',
      duties: get('duties')
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
  pushStaff(
    deps,
    hallId,
    ids.flatMap((id) => deps.store.staff.get(hallId, id) ?? []),
  );
  return { ...result, imported: ids.length };
}
