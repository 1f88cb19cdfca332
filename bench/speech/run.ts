/**
 * `npm run bench:speech [-- --lines 12]`: what voicing call lines costs the rest of the server.
 * Renders the same call lines with the engine the server uses (espeak-ng in a worker thread) and,
 * as the baseline in the same process, with the same build on the server's own thread (how it ran
 * before), while a timer measures how late the event loop answers: the delay every socket,
 * command and health check would see meanwhile.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import makeESpeak from 'espeak-ng';
import { wasmEngine, type SpeechEngine } from '../../server/speech/engine';

const { values } = parseArgs({ options: { lines: { type: 'string', default: '12' } } });
const count = Number(values.lines);
const lines = Array.from(
  { length: count },
  (_, i) => `딩동. ${1001 + i} 번 고객님, ${(i % 6) + 1} 번 창구로 오십시오.`,
);

/** The baseline: the npm build on this thread, as the server rendered before the worker. */
const onThisThread: SpeechEngine = {
  name: 'espeak-ng on the event loop (before)',
  async render(text) {
    const mod = await (
      makeESpeak as unknown as (o: object) => Promise<{ FS: { readFile(p: string): Uint8Array } }>
    )({
      arguments: ['-v', 'ko', '-s', '150', '-w', 'out.wav', text],
      print: () => undefined,
      printErr: () => undefined,
    });
    return mod.FS.readFile('out.wav');
  },
};

async function measure(engine: SpeechEngine) {
  await engine.render('안내'); // Warm: the module is compiled once either way.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  for (const line of lines) await engine.render(line);
  const elapsed = performance.now() - started;
  delay.disable();
  return {
    engine: engine.name,
    'ms per line': (elapsed / count).toFixed(0),
    'loop delay p50 ms': (delay.percentile(50) / 1e6).toFixed(1),
    'loop delay p99 ms': (delay.percentile(99) / 1e6).toFixed(1),
    'loop delay max ms': (delay.max / 1e6).toFixed(1),
  };
}

const baseline = await measure(onThisThread);
const current = { ...(await measure(wasmEngine())), engine: 'espeak-ng in a worker thread (now)' };
console.log(`${count} call lines, one after another:`);
console.table([baseline, current]);
console.log(
  `The longest stall of the event loop while voicing: ${baseline['loop delay max ms']} ms before, ${current['loop delay max ms']} ms now.`,
);
process.exit(0);
