/**
 * "This browser signed in to this account before": a signed cookie per account, set at a good
 * sign-in. It lifts the per-name and per-address throttles for that account only, so a stranger
 * guessing an officer's password cannot keep the officer out; the password is still checked.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How long a browser stays known after its last good sign-in. */
export const KNOWN_DEVICE_DAYS = 180;
const KEY_FILE = 'known-device.key';

export const knownDeviceCookieName = (accountId: number) => `annae_known_${accountId}`;

/** The signing key lives in the data directory, made on first use: a restart keeps browsers known. */
function loadKey(dataDir: string): Buffer {
  const path = join(dataDir, KEY_FILE);
  try {
    const key = readFileSync(path);
    if (key.length >= 32) return key;
  } catch {
    // no key yet
  }
  const key = randomBytes(32);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path, key, { mode: 0o600 });
  return key;
}

export function createKnownDevices(dataDir: string, now: () => number) {
  let key: Buffer | null = null;
  const mac = (payload: string) =>
    createHmac('sha256', (key ??= loadKey(dataDir)))
      .update(payload)
      .digest('base64url');
  return {
    /** A cookie value naming the account, when it was issued and a random id for this browser. */
    issue(accountId: number): string {
      const payload = `${accountId}.${now()}.${randomBytes(12).toString('base64url')}`;
      return `${payload}.${mac(payload)}`;
    },
    /** The browser's id when `value` is a genuine, unexpired cookie of `accountId`; else null. */
    check(value: string | undefined, accountId: number): string | null {
      const parts = value?.split('.') ?? [];
      if (parts.length !== 4) return null;
      const [id, issued, browser, signature] = parts as [string, string, string, string];
      const expected = Buffer.from(mac(`${id}.${issued}.${browser}`));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      if (Number(id) !== accountId) return null;
      const age = now() - Number(issued);
      return age >= 0 && age < KNOWN_DEVICE_DAYS * 86_400_000 ? browser : null;
    },
  };
}
export type KnownDevices = ReturnType<typeof createKnownDevices>;
