import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config';
import { SetupError, setupHall } from '../../server/ops/setup';
import { startServer, type RunningServer } from '../../server/start';
import { json, tempDir, testConfig } from '../helpers/fixture';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

describe('setup from nothing', () => {
  it('creates an empty hall with its first admin, and the server then never makes the demo', async () => {
    const { dir, remove } = tempDir('annae-setup-');
    cleanups.push(remove);
    await setupHall({
      dataDir: dir,
      hallName: '안양시청',
      admin: 'chief',
      password: 'a long enough password',
      profile: 'anyang',
    });
    await expect(
      setupHall({
        dataDir: dir,
        hallName: 'x',
        admin: 'x1',
        password: 'a long enough password',
        profile: 'demo',
      }),
    ).rejects.toBeInstanceOf(SetupError);

    // Even with the demo allowed, a data directory with a hall gets no demo.
    const server: RunningServer = await startServer(testConfig(dir, { demo: true }));
    cleanups.push(() => server.close());
    const halls = server.deps.store.halls.list();
    expect(halls).toHaveLength(1);
    expect(halls[0]).toMatchObject({ name: '안양시청', profileId: 'anyang', demo: false });
    expect(server.deps.store.places.departments(halls[0]!.id)).toEqual([]);
    const res = await fetch(
      `http://127.0.0.1:${server.port}/api/auth/sign-in`,
      json({ username: 'chief', password: 'a long enough password' }),
    );
    expect(res.status).toBe(200);
  });

  it('ANNAE_DEMO=0 leaves an empty data directory empty', async () => {
    expect(readConfig({ ANNAE_DEMO: '0' }).demo).toBe(false);
    const { dir, remove } = tempDir('annae-nodemo-');
    cleanups.push(remove);
    const server = await startServer(
      testConfig(dir, { demo: readConfig({ ANNAE_DEMO: '0' }).demo }),
    );
    cleanups.push(() => server.close());
    expect(server.demo).toBeNull();
    expect(server.deps.store.halls.list()).toEqual([]);
  });

  it('refuses a weak password or an unknown profile', async () => {
    const { dir, remove } = tempDir('annae-setup-');
    cleanups.push(remove);
    await expect(
      setupHall({
        dataDir: dir,
        hallName: '시청',
        admin: 'admin',
        password: 'short',
        profile: 'demo',
      }),
    ).rejects.toThrow(/at least/);
    await expect(
      setupHall({
        dataDir: dir,
        hallName: '시청',
        admin: 'admin',
        password: 'long enough pw',
        profile: 'nope',
      }),
    ).rejects.toThrow(/No charter profile/);
  });
});
