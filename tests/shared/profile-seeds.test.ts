/**
 * Every number of the five seed profiles stands on a line of its charter (shared/seeds/), the
 * line holds the quoted words, and the words state that number; and every line of a charter
 * that states a time, count or amount is either cited by its profile or named here with why
 * the profile does not keep it. Nothing is borrowed from another hall, nothing is invented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profiles } from '../../shared/profiles';
import type { CharterProfile, SeedRef } from '../../shared/profiles/schema';

const SEEDS: Record<string, SeedRef['seed']> = {
  mapo: '000',
  gwangjin: '001',
  mokpo: '002',
  anyang: '003',
  pocheon: '004',
};

const seedFiles: Record<string, string> = {
  '000': '000_7d078fb44ff4fddb.txt',
  '001': '001_0253643bfa45a79b.txt',
  '002': '002_2df501170e481d7e.txt',
  '003': '003_e508cdcdc01dc32d.txt',
  '004': '004_78520b8c105fbcf1.txt',
};

const seedLines = (seed: string): string[] =>
  readFileSync(join(__dirname, '../../shared/seeds', seedFiles[seed] as string), 'utf8').split(
    '\n',
  );

/** Values that are the hall's operating settings, stated by no charter, so never cited. */
const SETTINGS = [
  /^queue\.(recallsBeforeNoShow|closedAtLunch|lastTicketBeforeCloseMin|voiceLine|voiceLineEn)$/,
  /^queue\.callPolicy/,
  /^helpers\.(escalateAfterMin|walkMin)$/,
  /^retention\./,
  /^greetings\./,
  /^lunch\.exceptions$/,
  /^kiosk\./,
];

/** Lines with a number that no profile value keeps, and why. */
const UNCITED: Record<string, Record<number, string>> = {
  '000': {
    47: 'repeating the caller’s point once: a manner of speech, no time to keep',
    89: 'the same answer promise as line 94, restated with 7 days; the stricter 3 is kept',
    104: 'the 24-hour situation room’s phone: an office’s hours, not a promise',
  },
  '001': {
    12: 'repeating the caller’s point once: a manner of speech',
    16: 'hanging up 1 s after the caller: telephone manners',
    21: 'also counts of online petition kinds (1,230여종), not promises; 4 h is kept',
    29: 'no second visit for the same petition: the compensation of line 49 keeps it',
    32: 'the Good-service headline restates line 29',
  },
  '002': {
    9: 'the date the page was saved',
    18: 'repeating the caller’s point once: a manner of speech',
  },
  '003': {
    14: 'one fax machine for visitors: equipment, not a time or count of service',
    21: 'repeating the caller’s point once: a manner of speech',
  },
  '004': {
    26: 'repeating the caller’s point once: a manner of speech',
    31: 'the web board checked twice a day: a hall-internal routine Annae has no board for',
  },
};

type Leaf = { path: string; value: unknown };

function leaves(node: unknown, prefix = ''): Leaf[] {
  if (prefix === 'sources') return [];
  if (node === null || typeof node !== 'object' || Array.isArray(node))
    return [{ path: prefix, value: node }];
  if (prefix === 'queue.callPolicy') return [{ path: prefix, value: node }];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

/** The number a quote states, in the unit of the field it is cited for. */
function quoteValue(path: string, quote: string): number | null {
  const field = path.split('.').pop() as string;
  const units: Array<[RegExp, number]> = field.endsWith('Sec')
    ? [[/(\d[\d,]*)\s*초/, 1]]
    : field.endsWith('Min')
      ? [
          [/(\d[\d,]*)\s*시간/, 60],
          [/(\d[\d,]*)\s*분/, 1],
        ]
      : field.endsWith('Days')
        ? [
            [/(\d[\d,]*)\s*주일/, 7],
            [/(\d[\d,]*)\s*일/, 1],
          ]
        : field.endsWith('Months')
          ? [[/(\d[\d,]*)\s*개월/, 1]]
          : field.endsWith('Won')
            ? [[/(\d[\d,]*)\s*원/, 1]]
            : field === 'minOnDuty'
              ? [[/(\d[\d,]*)\s*명/, 1]]
              : field === 'guardianGrade'
                ? [[/(\d[\d,]*)\s*급/, 1]]
                : field === 'minDepartments'
                  ? [[/(\d[\d,]*)\s*개/, 1]]
                  : [[/(\d[\d,]*)\s*(?:회|번)/, 1]];
  for (const [re, factor] of units) {
    const m = re.exec(quote);
    if (m) return Number((m[1] as string).replace(/,/g, '')) * factor;
  }
  return null;
}

describe.each(Object.entries(SEEDS))('the %s profile and its charter', (id, seed) => {
  const profile = profiles[id] as CharterProfile;
  const lines = seedLines(seed);
  const charterLeaves = leaves(profile).filter(
    ({ path, value }) =>
      value !== null &&
      !(Array.isArray(value) && value.length === 0) &&
      !['id', 'name', 'nameEn', 'source'].includes(path) &&
      !SETTINGS.some((re) => re.test(path)),
  );

  it('cites a line of its own charter for every value it states', () => {
    expect(charterLeaves.length).toBeGreaterThan(3);
    for (const { path } of charterLeaves) {
      const ref = profile.sources[path];
      expect(ref, `${id}: ${path} has no seed line`).toBeDefined();
      expect(ref?.seed, `${id}: ${path} cites another hall`).toBe(seed);
      expect(lines[(ref?.line ?? 0) - 1], `${id}: ${path} at line ${ref?.line}`).toContain(
        ref?.quote,
      );
    }
  });

  it('states in each quote the very number it keeps', () => {
    for (const { path, value } of charterLeaves) {
      if (typeof value !== 'number') continue;
      const ref = profile.sources[path] as SeedRef;
      expect(quoteValue(path, ref.quote), `${id}: ${path} = ${value} from "${ref.quote}"`).toBe(
        value,
      );
    }
  });

  it('cites nothing it does not state', () => {
    const stated = new Set(charterLeaves.map((l) => l.path));
    for (const path of Object.keys(profile.sources)) {
      expect(stated.has(path) || /^queue\.callPolicy$/.test(path), `${id}: ${path}`).toBe(true);
    }
  });

  it('keeps or explains every line of the charter that states a time, count or amount', () => {
    const cited = new Set(Object.values(profile.sources).map((ref) => ref.line));
    const numbered = /\d[\d,]*\s*\(?(초|분|시간|일|주일|개월|원|명|회|번|급|개 이상|대)/;
    const missing = lines
      .map((text, i) => ({ line: i + 1, text }))
      .filter(({ line, text }) => numbered.test(text) && !cited.has(line))
      .filter(({ line }) => !UNCITED[seed]?.[line])
      // A phone or fax number's digits and a statute's article are not promises.
      .filter(({ text }) => !/^\s*(서비스명|창구명|[-–] 우편|종합상황실)/.test(text));
    expect(missing.map((m) => `${m.line}: ${m.text.trim().slice(0, 60)}`)).toEqual([]);
  });

  it('borrows no guide-helper number: a silent charter leaves it null', () => {
    for (const key of ['responseLimitMin', 'minOnDuty', 'escortLeadMin'] as const) {
      const value = profile.helpers[key];
      if (value === null) expect(profile.sources[`helpers.${key}`]).toBeUndefined();
      else expect(profile.sources[`helpers.${key}`]?.seed).toBe(seed);
    }
  });
});

describe('C6 and C3 follow each charter', () => {
  it('only Pocheon names priority classes; only Pocheon connects by phone instead of calling back', () => {
    for (const [id, profile] of Object.entries(profiles)) {
      if (id === 'demo') continue;
      expect(profile.queue.priorityClasses.length > 0, id).toBe(id === 'pocheon');
      expect(profile.callback.mode, id).toBe(id === 'pocheon' ? 'connect' : 'callback');
    }
  });
});
