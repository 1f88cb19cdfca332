/** Devices, their pairing codes and tokens (stored as hashes only). */
import { z } from 'zod';
import {
  DeviceSettings,
  type Device,
  type DeviceKind,
  type PrintReport,
} from '../../shared/schemas/devices';
import type { Db } from './db';

/** An unknown stored value reads as none (the admin is warned, never misled). */
const VoicePathOf = z.enum(['pack', 'browser', 'server']).nullable().catch(null);

type DeviceRow = {
  id: number;
  hall_id: number;
  kind: DeviceKind;
  name: string;
  settings: string;
  paired_at: string | null;
  revoked_at: string | null;
  last_seen_at: string | null;
  app_version?: string | null;
  voice_path?: string | null;
  last_print_at?: string | null;
  last_print_outcome?: 'sent' | 'failed' | null;
  last_print_test?: number | null;
};

export type DeviceRecord = Omit<Device, 'online'> & { hallId: number };

const toDevice = (row: DeviceRow): DeviceRecord => ({
  id: row.id,
  hallId: row.hall_id,
  kind: row.kind,
  name: row.name,
  settings: DeviceSettings.parse(JSON.parse(row.settings)),
  pairedAt: row.paired_at,
  revokedAt: row.revoked_at,
  lastSeenAt: row.last_seen_at,
  appVersion: row.app_version ?? null,
  voicePath: VoicePathOf.parse(row.voice_path ?? null),
  lastPrint:
    row.last_print_at && row.last_print_outcome
      ? { at: row.last_print_at, outcome: row.last_print_outcome, test: row.last_print_test === 1 }
      : null,
});

export function createDeviceStore(db: Db) {
  const list = db.prepare<[number], DeviceRow>(
    'SELECT * FROM devices WHERE hall_id = ? ORDER BY kind, id',
  );
  const byId = db.prepare<[number, number], DeviceRow>(
    'SELECT * FROM devices WHERE hall_id = ? AND id = ?',
  );
  const byToken = db.prepare<[string], DeviceRow>(
    'SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL',
  );
  const insert = db.prepare(
    `INSERT INTO devices (hall_id, kind, name, settings, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const setToken = db.prepare(
    'UPDATE devices SET token_hash = ?, paired_at = ?, revoked_at = NULL WHERE hall_id = ? AND id = ?',
  );
  const revoke = db.prepare(
    'UPDATE devices SET token_hash = NULL, revoked_at = ? WHERE hall_id = ? AND id = ?',
  );
  const seen = db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?');
  const printed = db.prepare(
    `UPDATE devices SET last_print_at = @at, last_print_outcome = @outcome, last_print_test = @test
     WHERE hall_id = @hallId AND id = @id`,
  );
  const insertCode = db.prepare(
    'INSERT INTO pairing_codes (code, hall_id, device_id, expires_at) VALUES (?, ?, ?, ?)',
  );
  const codeByValue = db.prepare<
    [string],
    { code: string; hall_id: number; device_id: number; expires_at: string; used_at: string | null }
  >('SELECT * FROM pairing_codes WHERE code = ?');
  const useCode = db.prepare('UPDATE pairing_codes SET used_at = ? WHERE code = ?');
  // A new code for a device makes the older unused ones useless.
  const expireCodes = db.prepare(
    'UPDATE pairing_codes SET used_at = ? WHERE device_id = ? AND used_at IS NULL',
  );

  return {
    list: (hallId: number): DeviceRecord[] => list.all(hallId).map(toDevice),
    get(hallId: number, id: number): DeviceRecord | undefined {
      const row = byId.get(hallId, id);
      return row && toDevice(row);
    },
    byTokenHash(tokenHash: string): DeviceRecord | undefined {
      const row = byToken.get(tokenHash);
      return row && toDevice(row);
    },
    add(
      hallId: number,
      kind: DeviceKind,
      name: string,
      settings: DeviceSettings,
      now: string,
    ): number {
      return Number(insert.run(hallId, kind, name, JSON.stringify(settings), now).lastInsertRowid);
    },
    setToken(hallId: number, id: number, tokenHash: string, now: string): void {
      setToken.run(tokenHash, now, hallId, id);
    },
    revoke(hallId: number, id: number, now: string): void {
      revoke.run(now, hallId, id);
    },
    markSeen(id: number, now: string): void {
      seen.run(now, id);
    },
    recordPrint(hallId: number, id: number, at: string, report: PrintReport): void {
      printed.run({ hallId, id, at, outcome: report.outcome, test: report.test ? 1 : 0 });
    },
    addPairingCode(
      hallId: number,
      deviceId: number,
      code: string,
      expiresAt: string,
      now: string,
    ): void {
      expireCodes.run(now, deviceId);
      insertCode.run(code, hallId, deviceId, expiresAt);
    },
    pairingCode: (code: string) => codeByValue.get(code),
    usePairingCode(code: string, now: string): void {
      useCode.run(now, code);
    },
  };
}
