/**
 * Every error code the server can answer has a sentence in Korean and English, so no visitor or
 * officer meets a bare code or an English server message (the field found both). The codes are
 * read from the server's source: a new `CommandError(…, 'code', …)` without words fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorsEn, errorsKo } from '../../shared/i18n/errors';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function serverCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of [...sources('server'), ...sources('shared')]) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/CommandError\(\s*[^,]+,\s*'([a-zA-Z_.]+)'/g)) codes.add(m[1]!);
    // Codes built as values (domain results, the HTTP layer); zod's own issue codes are not ours.
    if (!file.startsWith('server')) continue;
    for (const m of text.matchAll(/\bcode: '([a-zA-Z_.]+)'/g)) codes.add(m[1]!);
  }
  return codes;
}

describe('error messages', () => {
  const codes = [...serverCodes()].sort();

  it('finds the server’s codes (the scan itself works)', () => {
    expect(codes).toEqual(expect.arrayContaining(['unknown_ticket', 'not_waiting', 'speech.busy']));
    expect(codes.length).toBeGreaterThan(60);
  });

  it('has a Korean and an English sentence for every code', () => {
    const missing = codes.filter((code) => !(`error.${code}` in errorsKo));
    expect(missing).toEqual([]);
    for (const [key, text] of Object.entries(errorsEn)) expect(text, key).not.toBe('');
  });

  it('speaks Korean in the polite register', () => {
    for (const [key, text] of Object.entries(errorsKo)) {
      expect(text, key).toMatch(/[가-힣]/);
      expect(text, key).toMatch(/(니다|십시오|입니다|세요)[.)]?\s*(\(.*\))?$/);
    }
  });
});
