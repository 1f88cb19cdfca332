// `npm run bench:wait [-- --scenario file.json] [--json out.json]`: the wait-estimate benchmark.
import { fork } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runScenario } from './evaluate';
import { microMeasure } from './micro';
import { ORACLE_KINDS, type OracleKind } from './oracle';
import { formatReport, type ScenarioReport } from './report';
import { ScenarioError, loadScenario, type Scenario } from './scenario';

const here = dirname(fileURLToPath(import.meta.url));
const USAGE = `usage: npm run bench:wait -- [--scenario file.json ...] [--json out.json]
                     [--train-days N] [--test-days N] [--jobs N] [--late-penalty MIN]
                     [--validation] [--task-blind] [--oracle durations|no-shows|both]
                     [--cancel-share S]
With no --scenario, runs every file in bench/wait/scenarios. --json writes the result
(an array when there are several scenarios). --late-penalty overrides the estimator's
LATE_PENALTY_MIN (0: plain median), to show the trade-off it makes. --validation scores
days after every test day, for trying changes without looking at the reported days.
--task-blind hides the visitor's task from the server (a kiosk that issues by service only).
--oracle tells annae what no server knows (true service times, who has left), to measure how
much of its error is unknowable; its figures are not results. --cancel-share sets every
service's cancelShare (the share of leavers who cancel on the phone, 0–1).`;

interface Options {
  files: string[];
  json: string | null;
  trainDays: number | undefined;
  testDays: number | undefined;
  latePenaltyMin: number | undefined;
  validation: boolean;
  taskBlind: boolean;
  oracle: OracleKind | undefined;
  cancelShare: number | undefined;
  jobs: number;
  child: boolean;
}

class UsageError extends Error {}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive integer`);
  return n;
}

function nonNegative(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--${name} must be a number ≥ 0`);
  return n;
}

function shareOption(name: string, value: string | undefined): number | undefined {
  const n = nonNegative(name, value);
  if (n !== undefined && n > 1) throw new UsageError(`--${name} must be between 0 and 1`);
  return n;
}

function oracleKind(value: string | undefined): OracleKind | undefined {
  if (value === undefined) return undefined;
  if (!(ORACLE_KINDS as readonly string[]).includes(value)) {
    throw new UsageError(`--oracle must be one of ${ORACLE_KINDS.join(', ')}`);
  }
  return value as OracleKind;
}

function parseOptions(argv: string[]): Options {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        scenario: { type: 'string', multiple: true },
        json: { type: 'string' },
        'train-days': { type: 'string' },
        'test-days': { type: 'string' },
        jobs: { type: 'string' },
        'late-penalty': { type: 'string' },
        validation: { type: 'boolean' },
        'task-blind': { type: 'boolean' },
        oracle: { type: 'string' },
        'cancel-share': { type: 'string' },
        child: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const dir = join(here, 'scenarios');
  const files =
    values.scenario?.map((f) => resolve(f)) ??
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(dir, f));
  return {
    files,
    json: values.json ?? null,
    trainDays: positiveInt('train-days', values['train-days']),
    testDays: positiveInt('test-days', values['test-days']),
    latePenaltyMin: nonNegative('late-penalty', values['late-penalty']),
    validation: values.validation ?? false,
    taskBlind: values['task-blind'] ?? false,
    oracle: oracleKind(values.oracle),
    cancelShare: shareOption('cancel-share', values['cancel-share']),
    jobs: positiveInt('jobs', values.jobs) ?? Math.max(1, availableParallelism()),
    child: values.child ?? false,
  };
}

function runOne(scenario: Scenario, options: Options): ScenarioReport {
  if (options.cancelShare !== undefined) {
    const cancelShare = options.cancelShare;
    scenario = { ...scenario, services: scenario.services.map((s) => ({ ...s, cancelShare })) };
  }
  const { result, details, model } = runScenario(scenario, {
    ...(options.trainDays !== undefined ? { trainDays: options.trainDays } : {}),
    ...(options.testDays !== undefined ? { testDays: options.testDays } : {}),
    ...(options.latePenaltyMin !== undefined ? { latePenaltyMin: options.latePenaltyMin } : {}),
    validation: options.validation,
    taskBlind: options.taskBlind,
    ...(options.oracle ? { oracle: options.oracle } : {}),
  });
  return {
    result,
    details,
    micro: microMeasure(scenario, model),
    lunchWindow: scenario.lunchWindow,
  };
}

/** Runs one scenario in a child process (same loader, same flags); resolves with its report. */
function runInChild(file: string, argv: string[]): Promise<ScenarioReport> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [...argv, '--child', '--scenario', file], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let report: ScenarioReport | null = null;
    child.on('message', (message) => (report = message as ScenarioReport));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (report && code === 0) resolvePromise(report);
      else reject(new Error(`${file}: benchmark process exited with code ${code}`));
    });
  });
}

/** Passes the day counts on to children; scenario and output options stay with the parent. */
function childArgs(options: Options): string[] {
  const args: string[] = [];
  if (options.trainDays !== undefined) args.push('--train-days', String(options.trainDays));
  if (options.testDays !== undefined) args.push('--test-days', String(options.testDays));
  if (options.latePenaltyMin !== undefined) {
    args.push('--late-penalty', String(options.latePenaltyMin));
  }
  if (options.validation) args.push('--validation');
  if (options.taskBlind) args.push('--task-blind');
  if (options.oracle) args.push('--oracle', options.oracle);
  if (options.cancelShare !== undefined) args.push('--cancel-share', String(options.cancelShare));
  return args;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  // Validate every file before any long run starts.
  const scenarios = options.files.map((file) => loadScenario(file));

  if (options.child) {
    process.send!(runOne(scenarios[0]!, options));
    return;
  }

  const started = Date.now();
  const reports: ScenarioReport[] = new Array(scenarios.length);
  const jobs = Math.min(options.jobs, scenarios.length);
  if (jobs <= 1) {
    scenarios.forEach((scenario, i) => {
      reports[i] = runOne(scenario, options);
      console.log(formatReport(reports[i]!) + '\n');
    });
  } else {
    console.log(`running ${scenarios.length} scenarios, ${jobs} at a time…\n`);
    // Longest first (by tickets to simulate), so that no long scenario starts last.
    const cost = (s: Scenario): number =>
      s.days.test *
      s.services.reduce((a, v) => a + v.arrivalsPerHour.reduce((x, y) => x + y, 0), 0);
    const queue = scenarios
      .map((_, i) => i)
      .sort((a, b) => cost(scenarios[b]!) - cost(scenarios[a]!));
    let printed = 0;
    const worker = async (): Promise<void> => {
      for (let i = queue.shift(); i !== undefined; i = queue.shift()) {
        reports[i] = await runInChild(options.files[i]!, childArgs(options));
        // Print in file order as soon as every earlier scenario is done.
        while (printed < reports.length && reports[printed]) {
          console.log(formatReport(reports[printed]!) + '\n');
          printed++;
        }
      }
    };
    await Promise.all(Array.from({ length: jobs }, worker));
  }
  console.log(`bench:wait finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  if (options.json) {
    const results = reports.map((r) => r.result);
    writeFileSync(
      options.json,
      JSON.stringify(results.length === 1 ? results[0] : results, null, 2) + '\n',
    );
    console.log(`wrote ${options.json}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ScenarioError) {
    console.error(`bench:wait: invalid scenario ${error.message}`);
    process.exit(1);
  }
  if (error instanceof UsageError) {
    console.error(`bench:wait: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(`bench:wait: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
