/** `npm run bench:crash [-- --cycles 50]`: kill -9 under load, restart, repeat; then check. */
import { parseArgs } from 'node:util';
import { crashCycles } from './crash';

const { values } = parseArgs({ options: { cycles: { type: 'string', default: '50' } } });
const report = await crashCycles(Number(values.cycles), (line) => console.error(line));
console.log(JSON.stringify(report, null, 2));
const failed =
  report.missingTickets.length +
  report.changedNumbers.length +
  report.reusedNumbers.length +
  report.lostCalls.length;
console.log(
  failed === 0
    ? `OK: ${report.cycles} kill -9 cycles, ${report.acknowledgedIssues} acknowledged tickets and ${report.acknowledgedCalls} acknowledged calls all survived; no number reused.`
    : `FAILED: ${failed} problems (see above).`,
);
process.exit(failed === 0 ? 0 : 1);
