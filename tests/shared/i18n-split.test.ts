/**
 * The staff consoles' Korean strings ship only with the consoles (ko-staff.ts): a visitor's page
 * that asked for one would show the bare key. No file of the public screens may name one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ko } from '../../shared/i18n/ko';
import { koStaff } from '../../shared/i18n/ko-staff';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(path) ? [path] : [];
  });

describe('Korean strings, public and staff', () => {
  it('keeps each key in one of the two files', () => {
    expect(Object.keys(koStaff).filter((k) => k in ko)).toEqual([]);
  });

  it('never names a staff key on a public screen', () => {
    const staffPrefixes = [...new Set(Object.keys(koStaff).map((k) => k.split('.')[0]!))];
    const publicPrefixes = new Set(Object.keys(ko).map((k) => k.split('.')[0]!));
    // A prefix in both files would make the check below ambiguous.
    expect(staffPrefixes.filter((p) => publicPrefixes.has(p))).toEqual([]);
    const pattern = new RegExp(`['\`"](${staffPrefixes.join('|')})\\.`);
    const publicFiles = ['kiosk', 'display', 'landing', 'shared/ui', 'shared/profiles']
      .flatMap(files)
      .filter((f) => pattern.test(readFileSync(f, 'utf8')));
    expect(publicFiles).toEqual([]);
  });
});
