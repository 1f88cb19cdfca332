/** The hall's clock, one module for server and screens (KST, UTC+9, no daylight saving). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hallClock, hallDate, hallDateKo, hallDay, hallStamp } from '../../shared/hall-time';

describe('hall time', () => {
  it('reads an instant on the hall’s clock, across the UTC midnight', () => {
    const lateUtc = '2026-11-25T15:30:00.000Z'; // 00:30 on the 26th in Korea
    expect(hallClock(lateUtc)).toBe('00:30');
    expect(hallDate(lateUtc)).toBe('2026-11-26');
    expect(hallDateKo(lateUtc)).toBe('11월 26일');
    expect(hallStamp(Date.parse(lateUtc))).toBe('2026-11-26 00:30');
    expect(hallDay(new Date(lateUtc))).toBe(hallDate(lateUtc));
  });

  it('is the only place that adds the nine hours (no screen keeps its own copy)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return files(path);
        return /\.tsx?$/.test(path) ? [path] : [];
      });
    const copies = ['kiosk', 'display', 'staff', 'shared', 'server']
      .flatMap(files)
      .filter((f) => !f.endsWith('hall-time.ts'))
      .filter((f) => /9 \* 3600|9 \* 60 \* 60|32_?400_?000/.test(readFileSync(f, 'utf8')));
    expect(copies).toEqual([]);
  });
});
