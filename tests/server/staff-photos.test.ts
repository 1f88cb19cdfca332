import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ko } from '../../shared/i18n/ko-all';
import { createTestApp, signInCookie } from '../helpers/fixture';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
beforeEach(async () => {
  t = await createTestApp();
  admin = await signInCookie(t.app, 'admin');
});
afterEach(() => t.close());

function upload(bytes: Uint8Array, name: string, type: string, consent = true) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type }));
  if (consent) {
    form.set('consent', '1');
    form.set('consentDate', '2026-11-20');
  }
  return t.app.request(`/api/staff/${t.hall.staff[0]}/photo`, {
    method: 'POST',
    headers: { cookie: admin },
    body: form,
  });
}

/** A JPEG carrying GPS coordinates in its EXIF, made with sharp. */
async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 600, height: 800, channels: 3, background: '#88aacc' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestCam', Model: 'GPS-1' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '37/1 33/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '126/1 58/1 0/1',
      },
    })
    .toBuffer();
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** A PNG whose header claims 20000×20000 pixels: 400 megapixels that would need 1.2 GB decoded. */
function pngBomb(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(20000, 0);
  ihdr.writeUInt32BE(20000, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  // A few rows of zeros: the file stays small, the header is what matters.
  const rows = deflateSync(Buffer.alloc((20000 * 3 + 1) * 64));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('staff photo upload', () => {
  it('re-encodes a JPEG with GPS EXIF to a fixed-size WebP with no metadata', async () => {
    const jpeg = await jpegWithGps();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined(); // the test input really has EXIF
    const res = await upload(jpeg, 'me.jpg', 'image/jpeg');
    expect(res.status).toBe(200);
    const { staff } = (await res.json()) as { staff: { photoUrl: string } };
    const file = staff.photoUrl.split('/').pop() ?? '';
    const stored = readFileSync(join(t.dir, 'photos', file));
    const meta = await sharp(stored).metadata();
    expect(meta.format).toBe('webp');
    expect([meta.width, meta.height]).toEqual([480, 640]);
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('GPS'))).toBe(false);
    expect(stored.includes(Buffer.from('TestCam'))).toBe(false);
    const served = await t.app.request(staff.photoUrl);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/webp');
  });

  it('refuses a text file renamed .jpg with 400, keeping the old photo', async () => {
    const res = await upload(new TextEncoder().encode('just some text\n'), 'x.jpg', 'image/jpeg');
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as {
      error: { code: string; details?: { path: string }[] };
    };
    expect(error.code).toBe('not_an_image');
    // The field to mark in the console's form.
    expect(error.details?.map((d) => d.path)).toEqual(['file']);
    expect(t.deps.store.staff.get(t.hall.hallId, t.hall.staff[0] ?? 0)?.photoUrl).toBeNull();
  });

  it('refuses a 20000×20000 PNG from its header, without decoding it', async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(200_000);
    const before = process.memoryUsage().rss;
    const res = await upload(bomb, 'big.png', 'image/png');
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'photo_too_many_pixels',
    );
    // Decoding would have taken over a gigabyte.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(readdirSync(t.dir).includes('photos') ? readdirSync(join(t.dir, 'photos')) : []).toEqual(
      [],
    );
  });

  it('refuses a 36-megapixel PNG of a hundred kilobytes before decoding it, with a Korean message', async () => {
    // 6000×6000 of one colour: tiny on disk, over 100 MB once decoded.
    const png = await sharp({
      create: { width: 6000, height: 6000, channels: 3, background: '#ffffff' },
    })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(png.length).toBeLessThan(200_000);
    const res = await upload(png, 'flat.png', 'image/png');
    expect(res.status).toBe(413);
    const code = ((await res.json()) as { error: { code: string } }).error.code;
    expect(code).toBe('photo_too_many_pixels');
    expect(`error.${code}` in ko).toBe(true);
    expect(t.deps.store.staff.get(t.hall.hallId, t.hall.staff[0] ?? 0)?.photoUrl).toBeNull();
    expect(readdirSync(t.dir).includes('photos') ? readdirSync(join(t.dir, 'photos')) : []).toEqual(
      [],
    );
  });

  it('refuses a photo without recorded consent', async () => {
    const res = await upload(await jpegWithGps(), 'me.jpg', 'image/jpeg', false);
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as {
      error: { code: string; details?: { path: string }[] };
    };
    expect(error.code).toBe('consent_required');
    // The field to mark in the console's form.
    expect(error.details?.map((d) => d.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^consent/)]),
    );
  });
});

describe('staff CSV import', () => {
  const post = (csv: string, dryRun: boolean) =>
    t.app.request(`/api/staff/import?dryRun=${dryRun ? 1 : 0}`, {
      method: 'POST',
      headers: { cookie: admin, 'content-type': 'text/csv' },
      body: csv,
    });
  const count = () => t.deps.store.staff.list(t.hall.hallId).length;

  it('with bad rows imports nothing and lists the errors by row', async () => {
    const csv = [
      'name,position,department,duties,extension',
      '최가람,주무관,civil,전입신고;인감,02-0000-1200',
      ',주무관,civil,등본,02-0000-1201',
      '정나래,주무관,없는과,등본,02-0000-1202',
      '한솔,주무관,tax,취득세,내선없음',
    ].join('\n');
    const before = count();
    const dry = await post(csv, true);
    expect(dry.status).toBe(200);
    const report = (await dry.json()) as { errors: { row: number; message: string }[] };
    expect(report.errors.map((e) => e.row)).toEqual([3, 4, 5]);
    expect(report.errors[1]?.message).toContain('없는과');
    const real = await post(csv, false);
    expect(real.status).toBe(422);
    const body = (await real.json()) as { error: { details: { path: string }[] } };
    expect(body.error.details.map((d) => d.path)).toEqual(['row 3', 'row 4', 'row 5']);
    expect(count()).toBe(before);
  });

  it('refuses what the staff form refuses, each with the column to fix', async () => {
    // The same body as the form (StaffBody): a position over 40 characters, six duties, a duty
    // over 60, a team over 40, a control character in the name.
    const long = (n: number) => '가'.repeat(n);
    const csv = [
      'name,team,position,department,duties,extension',
      `최가람,,${long(41)},civil,등본,02-0000-1200`,
      '한솔,,주무관,civil,가;나;다;라;마;바,02-0000-1201',
      `정나래,,주무관,civil,${long(61)},02-0000-1202`,
      `윤슬,${long(41)},주무관,civil,등본,02-0000-1203`,
      '김\u0007하늘,,주무관,civil,등본,02-0000-1204',
    ].join('\n');
    const before = count();
    const report = (await (await post(csv, true)).json()) as {
      errors: { row: number; issues: { kind: string; value: string }[] }[];
    };
    expect(report.errors.map((e) => [e.row, e.issues.map((i) => i.kind)])).toEqual([
      [2, ['position']],
      [3, ['duties']],
      [4, ['duties']],
      [5, ['team']],
      [6, ['text']],
    ]);
    expect(report.errors[4]?.issues[0]?.value).toBe('name');
    expect((await post(csv, false)).status).toBe(422);
    expect(count()).toBe(before);
  });

  it('imports every row of a clean file, quoted commas included', async () => {
    const csv =
      '이름,직위,부서,담당업무,내선\n최가람,주무관,민원과,"전입신고, 인감";등본,02-0000-1200\n한솔,팀장,tax,취득세,02-0000-2200\n';
    const before = count();
    expect(((await (await post(csv, true)).json()) as { imported: number }).imported).toBe(0);
    expect(count()).toBe(before);
    const res = await post(csv, false);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { imported: number }).imported).toBe(2);
    const added = t.deps.store.staff.list(t.hall.hallId).find((s) => s.name === '최가람');
    expect(added?.duties).toEqual(['전입신고, 인감', '등본']);
  });
});
