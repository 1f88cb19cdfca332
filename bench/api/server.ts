/**
 * One server of the API bench, as a child process (BENCH_MODE):
 * - `annae`: the real server (`startServer`: Hono, its middleware, socket.io attached).
 * - `command`: a bare node:http handler doing the same work without Hono: read the body,
 *   JSON.parse, the same zod schema, the same device-token lookup, the same `issueTicket`
 *   command (its reads, its transaction, its push), JSON out. Annae minus this is Hono's cost.
 * - `insert`: a bare node:http handler doing only the ticket's SQLite writes (the same
 *   transaction: next number, ticket row, its step, the event), no domain rules: the floor.
 * Reports its CPU time over IPC like bench/realtime/annae-server.ts.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { IssueTicketBody } from '../../shared/schemas/queue';
import { resolvePrincipal } from '../../server/auth/principal';
import { issueTicket } from '../../server/commands/queue';
import { readConfig } from '../../server/config';
import { shiftedClock, type Deps } from '../../server/context';
import { hallDay } from '../../shared/hall-time';
import { ticketNumber } from '../../server/domain/queue';
import { createHub } from '../../server/realtime/hub';
import { startServer } from '../../server/start';
import { openDatabase } from '../../server/store/db';
import { createStore } from '../../server/store/index';

const mode = process.env.BENCH_MODE ?? 'annae';
const send = (message: unknown) => process.send?.(message);

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function json(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

let close: () => Promise<void>;
let port: number;

if (mode === 'annae') {
  const server = await startServer(readConfig());
  port = server.port;
  close = () => server.close();
} else {
  const config = readConfig();
  const db = openDatabase(join(config.dataDir, 'annae.db'));
  const store = createStore(db);
  const deps: Deps = {
    store,
    hub: createHub(),
    config,
    clock: shiftedClock(config.startAt ?? new Date()),
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST' || req.url !== '/api/tickets') return json(res, 404, {});
    const raw = await readBody(req);
    const bearer = req.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
    const { principal } = resolvePrincipal(store, { deviceToken: bearer }, deps.clock.now());
    if (principal.device?.kind !== 'kiosk' || principal.hallId === null)
      return json(res, 401, { error: { code: 'unauthorized' } });
    const parsed = IssueTicketBody.safeParse(JSON.parse(raw));
    if (!parsed.success) return json(res, 400, { error: { code: 'invalid_request' } });
    if (mode === 'command') {
      const ticket = issueTicket(
        deps,
        `device:${principal.device.id}`,
        principal.hallId,
        principal.device.id,
        parsed.data,
      );
      return json(res, 201, { ticket });
    }
    // mode === 'insert': the same writes, no rules, views or push.
    const hallId = principal.hallId;
    const now = deps.clock.now();
    const day = hallDay(now);
    const id = store.tx(() => {
      const seq = store.tickets.nextSeq(hallId, day, parsed.data.serviceId);
      const ticketId = store.tickets.insert(hallId, {
        day,
        serviceId: parsed.data.serviceId,
        seq,
        number: ticketNumber(1, seq),
        code: randomBytes(8).toString('hex'),
        class: parsed.data.priority ? 'priority' : 'normal',
        kioskId: principal.device!.id,
        idempotencyKey: parsed.data.idempotencyKey,
        issuedAt: now.toISOString(),
        estimate: null,
        peopleAhead: 0,
      });
      store.tickets.addStep(hallId, ticketId, now.toISOString(), 'issued', 'bench', {
        serviceId: parsed.data.serviceId,
      });
      store.events.append(hallId, now.toISOString(), 'bench', 'ticket:issued', { ticketId });
      return ticketId;
    });
    return json(res, 201, { ticket: { id } });
  };
  const http = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent) json(res, 500, { error: { code: 'internal' } });
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  port = (http.address() as AddressInfo).port;
  close = async () => {
    http.close();
    db.close();
  };
}

process.on('message', (message: { type: string }) => {
  if (message.type === 'usage') {
    send({ type: 'usage', cpu: process.cpuUsage(), rss: process.memoryUsage().rss });
  } else if (message.type === 'close') {
    void close().then(() => process.exit(0));
  }
});
send({ type: 'ready', port });
// The bench died: do not outlive it.
process.on('disconnect', () => process.exit(0));
