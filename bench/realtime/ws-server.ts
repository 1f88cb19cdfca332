/**
 * The baseline: a minimal raw `ws` broadcast server doing the same job for the same driver. A
 * POST writes one row in SQLite (WAL, synchronous FULL, like Annae) and broadcasts one JSON
 * message to every socket; nothing else (no rooms, no sequence numbers, no auth, no views).
 */
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { WebSocketServer, type WebSocket } from 'ws';

const dir = mkdtempSync(join(tmpdir(), 'annae-ws-bench-'));
const db = new Database(join(dir, 'ws.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec(
  'CREATE TABLE log (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, counter INTEGER, at TEXT NOT NULL)',
);
const insert = db.prepare('INSERT INTO log (kind, counter, at) VALUES (?, ?, ?)');
let waiting = 0;
let number = 1000;

const sockets = new Set<WebSocket>();
function broadcast(message: unknown) {
  const text = JSON.stringify(message);
  for (const socket of sockets) socket.send(text);
}
const queues = () => [
  {
    serviceId: 1,
    code: 1,
    name: '제증명',
    nameEn: 'Certificates',
    open: true,
    waiting,
    estimate: { minutes: 3, low: 2, high: 5 },
    counterNumbers: [1, 2],
    refusal: null,
  },
  {
    serviceId: 2,
    code: 7,
    name: '지방세',
    nameEn: 'Local tax',
    open: true,
    waiting: 0,
    estimate: null,
    counterNumbers: [2],
    refusal: null,
  },
];

const http = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const at = new Date().toISOString();
    const body = chunks.length
      ? (JSON.parse(Buffer.concat(chunks).toString()) as { counter?: number })
      : {};
    if (req.url === '/issue') {
      insert.run('issue', null, at);
      waiting++;
      broadcast({ ops: [{ op: 'set', key: 'queues', value: queues() }] });
      res.writeHead(201, { 'content-type': 'application/json' }).end('{"ok":true}');
    } else if (req.url === '/call') {
      const counter = body.counter ?? 1;
      insert.run('call', counter, at);
      waiting = Math.max(0, waiting - 1);
      number++;
      broadcast({
        ops: [
          {
            op: 'upsert',
            key: 'calls',
            items: [
              {
                id: number,
                ticketId: number,
                number: String(number),
                counterNumber: counter,
                serviceId: 1,
                at,
                recall: 0,
              },
            ],
            front: true,
            keep: 8,
          },
          { op: 'set', key: 'queues', value: queues() },
        ],
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    } else {
      res.writeHead(404).end();
    }
  });
});
const wss = new WebSocketServer({ server: http });
wss.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  socket.send(JSON.stringify({ snapshot: { queues: queues(), calls: [] } }));
});
http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  process.send?.({
    type: 'ready',
    port: typeof address === 'object' && address ? address.port : 0,
  });
});
process.on('message', (message: { type: string }) => {
  if (message.type === 'usage') {
    process.send?.({ type: 'usage', cpu: process.cpuUsage(), rss: process.memoryUsage().rss });
  } else if (message.type === 'close') {
    for (const s of sockets) s.terminate();
    http.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
});
// The bench died: do not outlive it.
process.on('disconnect', () => process.exit(0));
