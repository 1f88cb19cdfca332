/** The staff CSV import: every row checked as the staff form's body is; all rows saved or none. */
import { CommandError } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import { isInvalidText } from '../../shared/schemas/text';
import {
  StaffBody,
  type ImportResult,
  type ImportRowError,
  type ImportRowIssue,
  type SeatPlan,
} from '../../shared/schemas/staff';
import type { Deps } from '../context';
import { actorOf, hallOf } from '../http/env';
import type { NewStaff } from '../store/staff';
import { nextFreeSeat, pushSeatPlan } from './seats';
import { publishStaffChange } from './staff-changes';

/** A row is a staff form's body without what the file does not hold (the desk, the head's mark). */
const CsvRow = StaffBody.pick({
  name: true,
  team: true,
  position: true,
  duties: true,
  extension: true,
});
/** Which message the console shows for a column the schema refused. */
const COLUMN_ISSUE: Record<string, ImportRowIssue['kind']> = {
  name: 'name',
  team: 'team',
  position: 'position',
  duties: 'duties',
  extension: 'extension',
};

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
  // Each office's desks as they stand, with this file's people added as they are placed.
  const offices = new Map<number, { taken: Set<string>; plan: SeatPlan; foot: number }>();
  const officeOf = (departmentId: number) => {
    let office = offices.get(departmentId);
    if (!office) {
      const staff = existing.filter((m) => m.departmentId === departmentId);
      office = {
        taken: new Set(staff.map((m) => `${m.seat.row}:${m.seat.col}`)),
        plan: deps.store.seatPlans.get(hallId, departmentId),
        foot: Math.max(0, ...staff.map((m) => m.seat.row)) + 1,
      };
      offices.set(departmentId, office);
    }
    return office;
  };
  const errors: ImportRowError[] = [];
  const toAdd: NewStaff[] = [];
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2; // The header is line 1.
    if (cells.length !== header.length) {
      errors.push({
        row: line,
        message: `Expected ${header.length} fields, found ${cells.length}.`,
        issues: [{ kind: 'fields', value: `${cells.length}/${header.length}` }],
      });
      return;
    }
    const cell = (col: string) => cells[header.indexOf(col)] ?? '';
    const depName = cell('department').trim();
    const department = departments.find(
      (d) => d.slug === depName || d.name === depName || d.nameEn === depName,
    );
    // The same body the staff form sends, checked by the same schema: a row the form would refuse
    // is refused here, for the same reason.
    const parsed = CsvRow.safeParse({
      name: cell('name'),
      team: cell('team'),
      position: cell('position'),
      duties: cell('duties')
        .split(/[;/|]/)
        .map((d) => d.trim())
        .filter(Boolean),
      extension: cell('extension'),
    });
    const issues: ImportRowIssue[] = [];
    const problems: string[] = [];
    if (!department) {
      problems.push(`no department "${depName}"`);
      issues.push({ kind: 'department', value: depName });
    }
    for (const issue of parsed.error?.issues ?? []) {
      const column = String(issue.path[0] ?? '');
      const kind = isInvalidText(issue) ? 'text' : COLUMN_ISSUE[column];
      const value = isInvalidText(issue) ? column : cell(column);
      if (!kind || issues.some((x) => x.kind === kind && x.value === value)) continue;
      problems.push(`${column}: ${issue.message}`);
      issues.push({ kind, value });
    }
    if (!parsed.success || !department) {
      errors.push({ row: line, message: problems.join('; '), issues });
      return;
    }
    // New staff take the office's empty desks, then sit at the foot of the office, four to a
    // row and never on a walkway, until the admin places them.
    const office = officeOf(department.id);
    const seat = nextFreeSeat(office.taken, office.plan, office.foot, 4);
    office.taken.add(`${seat.row}:${seat.col}`);
    toAdd.push({
      ...parsed.data,
      departmentId: department.id,
      grade: '',
      photoFile: null,
      photoConsentAt: null,
      seat,
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
  const filled = new Set<number>();
  const ids = deps.store.tx(() => {
    const added = toAdd.map((s) => deps.store.staff.add(hallId, s));
    for (const s of toAdd) {
      const { plan } = officeOf(s.departmentId);
      if (!plan.emptyDesks.some((d) => d.row === s.seat.row && d.col === s.seat.col)) continue;
      deps.store.seatPlans.occupy(hallId, s.departmentId, s.seat);
      filled.add(s.departmentId);
    }
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
  for (const departmentId of filled) pushSeatPlan(deps, hallId, departmentId);
  return { ...result, imported: ids.length };
}
