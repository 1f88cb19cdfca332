/**
 * Restart resync: a board, a seat display, a kiosk and a guide tablet stay open while the server
 * restarts. Each shows "reconnecting" while it is down and, within 3 s of it being back, the state
 * the new server has — including what changed right after the restart — with the board's calls
 * exactly the event log's: none twice, none missing.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { childServer } from './server';
import { call, counterOfficer, demoToken, issue, newKiosk, OPEN_HOUR, signIn } from './queue-api';

const BACK_WITHIN_MS = 3000;

async function open(browser: Browser, url: string, viewport: { width: number; height: number }) {
  const page = await (await browser.newContext({ viewport })).newPage();
  await page.goto(url);
  return page;
}

/** The board's calls, newest first: the large one, then the list under it. */
async function boardCalls(board: Page): Promise<string[]> {
  const newest = (await board.getByTestId('newest-number').textContent())?.trim();
  const older = await board.locator('.board-older .call-number').allTextContents();
  return [...(newest ? [newest] : []), ...older.map((s) => s.trim())];
}

/** The called tickets' numbers from the event log, newest first. */
function calledInLog(dataDir: string): string[] {
  const db = new Database(join(dataDir, 'annae.db'), { readonly: true, fileMustExist: true });
  try {
    return (
      db
        .prepare(
          `SELECT t.number AS number FROM events e
             JOIN tickets t ON t.id = json_extract(e.payload, '$.ticketId')
            WHERE e.type = 'ticket:called' ORDER BY e.seq DESC`,
        )
        .all() as { number: string }[]
    ).map((r) => r.number);
  } finally {
    db.close();
  }
}

test('every screen shows "reconnecting", then the new server\'s state within 3 s; no call lost or doubled', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const server = await childServer(OPEN_HOUR);
  try {
    const url = server.url;
    const officer = await counterOfficer(url);
    const counter = officer.counter(1);
    const serviceId = counter.serviceIds[0]!;
    // Tickets from several kiosks, as in a hall.
    const kiosks = [await demoToken(url, 'kiosk')];
    for (let i = 1; i < 4; i++) kiosks.push(await newKiosk(url, `시험 키오스크 ${i}`));
    const bellKiosk = await newKiosk(url, '안내벨 키오스크');
    const me = (await (
      await fetch(`${url}/api/staff/me`, { headers: { cookie: officer.cookie } })
    ).json()) as { department: { id: number; slug: string } };

    const board = await open(browser, `${url}/api/demo/open/board`, {
      width: 1920,
      height: 1080,
    });
    const seats = await open(browser, `${url}/api/demo/open/seats-${me.department.slug}`, {
      width: 1920,
      height: 1080,
    });
    const kiosk = await open(browser, `${url}/api/demo/open/kiosk`, {
      width: 1080,
      height: 1920,
    });
    const guide = await open(browser, `${url}/api/demo/open/guide`, { width: 900, height: 1200 });
    await expect(board.getByRole('heading', { name: '번호표시기' })).toBeVisible();
    await expect(seats.getByRole('heading', { level: 1 })).toContainText('좌석배치도');
    await expect(seats.locator('.seat-card').first()).toBeVisible();
    // The chart pages through its staff on a timer: the whole department changes, so whichever
    // page shows must show it.
    const admin = await signIn(url, 'admin', 'annae-admin');
    const { staff } = (await (
      await fetch(`${url}/api/staff`, { headers: { cookie: admin } })
    ).json()) as { staff: { id: number; departmentId: number }[] };
    const seated = staff.filter((m) => m.departmentId === me.department.id).map((m) => m.id);
    expect(seated.length).toBeGreaterThan(0);
    await expect(seats.locator('.seat-card .seat-presence', { hasText: '회의' })).toHaveCount(0);
    await kiosk.getByRole('button', { name: /번호표 받기/ }).click();
    const service = kiosk.locator('.service-button').first();
    await expect(service).toBeVisible();
    await expect(guide.getByRole('heading', { level: 1 })).toContainText('민원안내도우미');
    await guide.getByRole('button', { name: '근무 시작' }).click();
    await expect(guide.getByText('근무 중', { exact: true })).toBeVisible();
    const screens = { board, seats, kiosk, guide };

    // Before: two calls on the board.
    await officer.open(1);
    await issue(url, kiosks[0]!, serviceId);
    await issue(url, kiosks[1]!, serviceId);
    const first = (await officer.callNext(1)).ticket!.number;
    await officer.done(1);
    const second = (await officer.callNext(1)).ticket!.number;
    await expect(board.getByTestId('newest-number')).toHaveText(second);
    expect(await boardCalls(board)).toEqual([second, first]);

    expect(await server.stop('SIGTERM')).toBe(0);
    await Promise.all(
      Object.entries(screens).map(([name, page]) =>
        expect(page.getByTestId('reconnecting'), `${name} says it is reconnecting`).toBeVisible({
          timeout: 15_000,
        }),
      ),
    );
    // The last state stays on screen meanwhile.
    expect(await boardCalls(board)).toEqual([second, first]);

    await server.start();
    const back = Date.now();
    // Meanwhile, right after the restart (the screens may or may not be back yet): a call, a
    // ticket left waiting, the department's presence and a call for help.
    const changes = (async () => {
      await officer.done(1);
      await issue(url, kiosks[2]!, serviceId);
      await issue(url, kiosks[3]!, serviceId);
      const number = (await officer.callNext(1)).ticket!.number;
      // One at a time, as the console sends them: the admission gate refuses a fifth request in
      // flight from one account (server_busy), and a loaded machine keeps several in flight.
      const help = call(url, '/api/help/pages', { token: bellKiosk }, {});
      for (const id of seated) {
        await call(url, `/api/staff/${id}/presence`, { cookie: admin }, { presence: 'meeting' });
      }
      await help;
      return { number, at: Date.now() };
    })();
    const by = (deadline: number) => ({ timeout: Math.max(1, deadline - Date.now()) });

    // Every screen is back within 3 s of the server...
    await Promise.all(
      Object.entries(screens).map(([name, page]) =>
        expect(page.getByTestId('reconnecting'), `${name} is back`).toHaveCount(
          0,
          by(back + BACK_WITHIN_MS),
        ),
      ),
    );
    const reconnected = Date.now() - back;
    // ...and shows the new server's state within 3 s of it (or of the last change, if later).
    const { number: third, at: changed } = await changes;
    const deadline = Math.max(back, changed) + BACK_WITHIN_MS;
    await Promise.all([
      expect(board.getByTestId('newest-number')).toHaveText(third, by(deadline)),
      expect(seats.locator('.seat-card .seat-presence').first()).toContainText(
        '회의',
        by(deadline),
      ),
      expect(service).toContainText('대기 1명', by(deadline)),
      expect(guide.getByRole('alert').filter({ hasText: '새 호출' })).toBeVisible(by(deadline)),
    ]);
    console.log(
      `screens back ${reconnected} ms after the server; the last change (${changed - back} ms after it) shown ${Date.now() - changed} ms later`,
    );
    expect(reconnected).toBeLessThanOrEqual(BACK_WITHIN_MS);

    // The board's calls are exactly the event log's, newest first: none twice, none missing.
    const shown = await boardCalls(board);
    expect(shown).toEqual([third, second, first]);
    expect(new Set(shown).size).toBe(shown.length);
    expect(shown).toEqual(calledInLog(server.dataDir).slice(0, shown.length));
    expect(calledInLog(server.dataDir)).toHaveLength(3);

    // And it stays live: one more call after the resync arrives once.
    await officer.done(1);
    const fourth = (await officer.callNext(1)).ticket!.number;
    await expect(board.getByTestId('newest-number')).toHaveText(fourth);
    expect(await boardCalls(board)).toEqual([fourth, third, second, first]);
    expect(await boardCalls(board)).toEqual(calledInLog(server.dataDir));
    await board.screenshot({ path: test.info().outputPath('perf-restart-board.png') });
  } catch (error) {
    // The server's own lines say whether the restarted process exited or only stalled.
    const output = server.output();
    await test.info().attach('server-output.txt', { body: output });
    // The reporter shows only the attachment's head; the restarted server's lines are at its end.
    if (error instanceof Error)
      error.message += `\n\nServer output, last lines:\n${output.split('\n').slice(-40).join('\n')}`;
    throw error;
  } finally {
    await server.stop();
    server.remove();
  }
});
