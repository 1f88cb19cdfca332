/**
 * The espeak-ng WebAssembly build, run in a worker thread: one line costs about 0.3 s of CPU (a
 * fresh module per line, as the build runs espeak-ng's main once), and on the server's own thread
 * that stalled every socket, command and health check while a board's call was being voiced.
 * Lines are rendered one at a time, so at most one module's memory is held. Plain JavaScript: the
 * worker runs from source and from the compiled server alike.
 */
import { parentPort } from 'node:worker_threads';
import makeESpeak from 'espeak-ng';

let queue = Promise.resolve();

async function render(text) {
  const mod = await makeESpeak({
    arguments: ['-v', 'ko', '-s', '150', '-w', 'out.wav', text],
    print: () => undefined,
    printErr: () => undefined,
  });
  return mod.FS.readFile('out.wav');
}

parentPort.on('message', ({ id, text }) => {
  queue = queue.then(async () => {
    try {
      const wav = await render(text);
      parentPort.postMessage({ id, wav }, [wav.buffer]);
    } catch (e) {
      parentPort.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
    }
  });
});
