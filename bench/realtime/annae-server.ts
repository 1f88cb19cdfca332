/** The Annae server as a child process of the bench: reports its CPU time and RSS over IPC. */
import { readConfig } from '../../server/config';
import { startServer } from '../../server/start';

const server = await startServer(readConfig());
const send = (message: unknown) => process.send?.(message);
process.on('message', (message: { type: string }) => {
  if (message.type === 'usage') {
    send({ type: 'usage', cpu: process.cpuUsage(), rss: process.memoryUsage().rss });
  } else if (message.type === 'close') {
    void server.close().then(() => process.exit(0));
  }
});
send({ type: 'ready', port: server.port });
// The bench died: do not outlive it.
process.on('disconnect', () => process.exit(0));
