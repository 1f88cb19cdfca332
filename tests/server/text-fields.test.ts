/**
 * Free text in requests (issue 16): control and direction-override characters are refused with
 * `invalid_text`, text is NFC and trimmed before its length is checked, and a name made only of
 * spaces or invisible characters is empty. Staff names, service names and complaints alike.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ko } from '../../shared/i18n/ko-all';
import { line, multiline } from '../../shared/schemas/text';
import { createTestApp, json, signInCookie } from '../helpers/fixture';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
beforeEach(async () => {
  t = await createTestApp();
  admin = await signInCookie(t.app, 'admin');
});
afterEach(() => t.close());

const codeOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string } }).error.code;
const addStaff = (name: string) =>
  t.app.request(
    '/api/staff',
    json(
      {
        name,
        departmentId: t.hall.departments.civil,
        position: '주무관',
        extension: '02-0000-1199',
      },
      { cookie: admin },
    ),
  );
const staffNames = () => t.deps.store.staff.list(t.hall.hallId).map((s) => s.name);

// NUL, RIGHT-TO-LEFT OVERRIDE, NEXT LINE (C1), DEL, a left-to-right isolate, an escape.
const CONTROLS = ['\u0000', '\u202e', '\u0085', '\u007f', '\u2066', '\u001b'];

describe('a staff name', () => {
  it.each(CONTROLS.map((c) => [`U+${c.codePointAt(0)!.toString(16).padStart(4, '0')}`, c]))(
    'with %s is refused with invalid_text and not stored',
    async (_, c) => {
      const before = staffNames();
      const res = await addStaff(`정다운${c}`);
      expect(res.status).toBe(400);
      expect(await codeOf(res)).toBe('invalid_text');
      expect(staffNames()).toEqual(before);
    },
  );

  it('made only of spaces, zero-width spaces or Hangul fillers is refused as empty', async () => {
    const before = staffNames();
    for (const name of [' \u3000 ', '\u200b', '\u3164', '\u200b\u3164\u115f\ufeff', '\u2800']) {
      const res = await addStaff(name);
      expect(res.status, JSON.stringify(name)).toBe(400);
    }
    expect(staffNames()).toEqual(before);
  });

  it('is stored NFC and trimmed of invisible ends', async () => {
    // 한 written as its three jamo (NFD) with a zero-width space on each side.
    const res = await addStaff('\u200b \u1112\u1161\u11ab솔 \u200b');
    expect(res.status).toBe(200);
    expect(staffNames()).toContain('한솔');
  });
});

describe('other free text', () => {
  it('refuses a service name with a C1 control, and a complaint with a direction override', async () => {
    const service = await t.app.request(
      '/api/admin/services',
      json(
        { code: 7, name: '복지\u0085상담', departmentId: t.hall.departments.civil },
        { cookie: admin },
      ),
    );
    expect(service.status).toBe(400);
    expect(await codeOf(service)).toBe('invalid_text');

    const kiosk = { authorization: `Bearer ${t.hall.tokens.kiosk}` };
    const complaint = await t.app.request(
      '/api/feedback',
      json({ kind: 'complaint', text: '창구가 \u202e불친절\u202c했습니다.' }, kiosk),
    );
    expect(complaint.status).toBe(400);
    expect(await codeOf(complaint)).toBe('invalid_text');

    // Line breaks and tabs are fine in a complaint; an invisible one is empty.
    const ok = await t.app.request(
      '/api/feedback',
      json({ kind: 'complaint', text: '첫째,\r\n\t안내가 늦었습니다.' }, kiosk),
    );
    expect(ok.status).toBe(201);
    const blank = await t.app.request(
      '/api/feedback',
      json({ kind: 'complaint', text: '\u200b\n\u3164' }, kiosk),
    );
    expect(blank.status).toBe(400);
  });

  it('refuses a department name with a tab in it, with a Korean message for the code', async () => {
    const dept = await t.app.request(
      '/api/admin/departments',
      json({ slug: 'welfare', name: '복지\t정책과' }, { cookie: admin }),
    );
    expect(await codeOf(dept)).toBe('invalid_text');
    expect('error.invalid_text' in ko).toBe(true);
  });
});

describe('the staff CSV import', () => {
  it('refuses a row whose name or team carries a control character, naming the column', async () => {
    const before = staffNames();
    const csv =
      'name,position,department,duties,extension,team\n정나래\u202e,주무관,civil,등본,02-0000-1202,민원팀\n한솔,주무관,civil,등본,02-0000-1203,민원\u0000팀\n';
    const res = await t.app.request('/api/staff/import?dryRun=1', {
      method: 'POST',
      headers: { cookie: admin, 'content-type': 'text/csv' },
      body: csv,
    });
    const report = (await res.json()) as {
      errors: { row: number; issues: { kind: string; value: string }[] }[];
    };
    expect(report.errors.map((e) => e.row)).toEqual([2, 3]);
    expect(report.errors[0]?.issues).toContainEqual({ kind: 'text', value: 'name' });
    expect(report.errors[1]?.issues).toContainEqual({ kind: 'text', value: 'team' });
    expect(staffNames()).toEqual(before);
  });
});

describe('line() and multiline()', () => {
  it('check the length after normalising and trimming', () => {
    const name = line().min(1).max(2);
    // Two syllables as six jamo: too long before NFC, fine after.
    expect(name.parse(' \u1112\u1161\u11ab\u1100\u1173\u11af ')).toBe('한글');
    expect(name.safeParse('\u200b').success).toBe(false);
    expect(multiline().parse('a\r\nb\tc\n')).toBe('a\nb\tc');
    expect(multiline().safeParse('a\u0085b').success).toBe(false);
    expect(line().safeParse('a\nb').success).toBe(false);
    // Emoji sequences keep their joiners and variation selectors.
    expect(line().parse('👩‍💻 ❤️')).toBe('👩‍💻 ❤️');
  });
});
