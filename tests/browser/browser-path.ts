/** Finds Chromium: PLAYWRIGHT_CHROMIUM_EXECUTABLE, then Playwright's own, then Debian's. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumExecutable(): string | undefined {
  const candidates = [
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE,
    safe(() => chromium.executablePath()),
    '/usr/bin/chromium',
  ];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

function safe(fn: () => string): string | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
