/**
 * Setting up a real hall: from nothing (an empty hall with its first admin account and charter
 * profile), or from the demo hall already in a data directory.
 */
import { join } from 'node:path';
import { profiles } from '../../shared/profiles';
import { hashPassword } from '../auth/secrets';
import { convertDemoInStore, type DemoConversion } from '../commands/demo-convert';
import { runningServer } from './backup';
import { prepareDataDir } from '../start';
import { openDatabase } from '../store/db';
import { createStore } from '../store/index';

export class SetupError extends Error {}

export type SetupOptions = {
  dataDir: string;
  hallName: string;
  hallNameEn?: string;
  admin: string;
  password: string;
  profile: string;
  open?: string;
  close?: string;
  now?: Date;
};

export const MIN_PASSWORD_LENGTH = 10;

export async function setupHall(
  options: SetupOptions,
): Promise<{ hallId: number; accountId: number }> {
  const hallName = options.hallName.trim();
  if (!hallName) throw new SetupError('The hall needs a name (--hall-name).');
  if (!/^[a-zA-Z0-9._-]{2,40}$/.test(options.admin)) {
    throw new SetupError(
      'The admin username is 2–40 letters, digits, dots, hyphens or underscores (--admin).',
    );
  }
  if (options.password.length < MIN_PASSWORD_LENGTH) {
    throw new SetupError(
      `The password needs at least ${MIN_PASSWORD_LENGTH} characters (--password).`,
    );
  }
  if (!profiles[options.profile]) {
    throw new SetupError(
      `No charter profile "${options.profile}". Choose one of: ${Object.keys(profiles).join(', ')}.`,
    );
  }
  prepareDataDir(options.dataDir);
  const db = openDatabase(join(options.dataDir, 'annae.db'));
  try {
    const store = createStore(db);
    if (store.halls.first()) {
      throw new SetupError(
        `${options.dataDir} already holds a hall. Setup only starts an empty data directory.`,
      );
    }
    const passwordHash = await hashPassword(options.password);
    const now = (options.now ?? new Date()).toISOString();
    return store.tx(() => {
      const hallId = store.halls.create(
        {
          slug: 'main',
          name: hallName,
          nameEn: options.hallNameEn?.trim() || hallName,
          open: options.open ?? '09:00',
          close: options.close ?? '18:00',
          lunch: { from: '12:00', to: '13:00' },
          profileId: options.profile,
          demo: false,
        },
        now,
      );
      const accountId = store.accounts.add(
        hallId,
        {
          username: options.admin,
          displayName: options.admin,
          role: 'admin',
          staffId: null,
          passwordHash,
          mustChangePassword: false,
        },
        now,
      );
      store.events.append(hallId, now, 'system', 'hall:set-up', {
        admin: options.admin,
        profile: options.profile,
      });
      return { hallId, accountId };
    });
  } finally {
    db.close();
  }
}

export type ConvertDemoOptions = {
  dataDir: string;
  /** The demo admin account that stays, with `password` (the demo's own is public). */
  admin: string;
  password: string;
  now?: Date;
};

/**
 * Turns the demo hall of a data directory into a real hall (no demo links, no demo sessions, every
 * device paired again, every other account locked until an admin resets it). Refused while a
 * server runs on the directory: its open sockets would keep the old sign-ins.
 */
export async function convertDemo(options: ConvertDemoOptions): Promise<DemoConversion> {
  if (options.password.length < MIN_PASSWORD_LENGTH) {
    throw new SetupError(
      `The password needs at least ${MIN_PASSWORD_LENGTH} characters (--password).`,
    );
  }
  const running = await runningServer(options.dataDir);
  if (running) throw new SetupError(`Stop the server first: ${running}.`);
  const db = openDatabase(join(options.dataDir, 'annae.db'));
  try {
    const store = createStore(db);
    const hall = store.halls.list().find((h) => h.demo);
    if (!hall) throw new SetupError(`${options.dataDir} holds no demo hall.`);
    const admin = store.accounts
      .adminList(hall.id)
      .find((a) => a.username === options.admin && a.role === 'admin' && !a.disabled);
    if (!admin) {
      throw new SetupError(`The demo hall has no enabled admin account "${options.admin}".`);
    }
    const passwordHash = await hashPassword(options.password);
    const now = (options.now ?? new Date()).toISOString();
    return convertDemoInStore(store, hall.id, { accountId: admin.id, passwordHash }, 'system', now);
  } finally {
    db.close();
  }
}
