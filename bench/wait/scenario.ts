// The wait-scenario file format (shared/reference/wait-scenarios/README.md): schema, checks, loading.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time "HH:MM"');
const share = z.number().min(0).max(1);
const positive = z.number().positive();

const taskSchema = z.strictObject({
  name: z.string().min(1),
  share,
  medianMin: positive,
  sigma: z.number().min(0),
});

const serviceSchema = z.strictObject({
  id: z.string().min(1),
  arrivalsPerHour: z.array(z.number().min(0)),
  priorityShare: share,
  patienceMeanMin: positive,
  noShowCostMin: z.number().min(0),
  tasks: z.array(taskSchema).min(1),
  /** Share of visitors who leave the line when their patience runs out (default 1: all). */
  leaveShare: share.optional(),
  /** Share of those leavers who cancel on the phone (대기 취소) rather than just go (default 0). */
  cancelShare: share.optional(),
});

const awaySchema = z.strictObject({
  from: time,
  to: time,
  announced: z.boolean(),
  dayShare: share.optional(),
});

const counterSchema = z.strictObject({
  id: z.string().min(1),
  serves: z.array(z.string().min(1)).min(1),
  away: z.array(awaySchema).optional(),
});

const SHARE_TOLERANCE = 0.001;

export const scenarioFileSchema = z
  .strictObject({
    name: z.string().min(1),
    seed: z.number().int(),
    days: z.strictObject({ train: z.number().int().min(1), test: z.number().int().min(1) }),
    hours: z.strictObject({ open: time, close: time }),
    lunchWindow: z.tuple([time, time]).optional(),
    dailyVolumeCv: z.number().min(0).optional(),
    services: z.array(serviceSchema).min(1),
    counters: z.array(counterSchema).min(1),
  })
  .superRefine((s, ctx) => {
    const open = toMinutes(s.hours.open);
    const close = toMinutes(s.hours.close);
    if (close <= open) {
      ctx.addIssue({
        code: 'custom',
        path: ['hours'],
        message: `close ${s.hours.close} is not after open ${s.hours.open}`,
      });
      return;
    }
    const openHours = Math.ceil((close - open) / 60);
    if (s.lunchWindow && toMinutes(s.lunchWindow[1]) <= toMinutes(s.lunchWindow[0])) {
      ctx.addIssue({
        code: 'custom',
        path: ['lunchWindow'],
        message: `${s.lunchWindow[1]} is not after ${s.lunchWindow[0]}`,
      });
    }
    const serviceIds = new Set<string>();
    s.services.forEach((service, i) => {
      if (serviceIds.has(service.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'id'],
          message: `duplicate service id "${service.id}"`,
        });
      }
      serviceIds.add(service.id);
      if (service.arrivalsPerHour.length !== openHours) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'arrivalsPerHour'],
          message: `has ${service.arrivalsPerHour.length} rates but the hall is open ${openHours} hours (${s.hours.open}–${s.hours.close})`,
        });
      }
      const sum = service.tasks.reduce((acc, task) => acc + task.share, 0);
      if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
        ctx.addIssue({
          code: 'custom',
          path: ['services', i, 'tasks'],
          message: `shares sum to ${round(sum, 4)}`,
        });
      }
    });
    const counterIds = new Set<string>();
    s.counters.forEach((counter, i) => {
      if (counterIds.has(counter.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['counters', i, 'id'],
          message: `duplicate counter id "${counter.id}"`,
        });
      }
      counterIds.add(counter.id);
      counter.serves.forEach((id, j) => {
        if (!serviceIds.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['counters', i, 'serves', j],
            message: `unknown service "${id}" (services are ${[...serviceIds].join(', ')})`,
          });
        }
      });
      if (new Set(counter.serves).size !== counter.serves.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['counters', i, 'serves'],
          message: 'lists a service twice',
        });
      }
      (counter.away ?? []).forEach((period, j) => {
        const from = toMinutes(period.from);
        const to = toMinutes(period.to);
        if (to <= from) {
          ctx.addIssue({
            code: 'custom',
            path: ['counters', i, 'away', j],
            message: `${period.from}–${period.to} ends before it starts`,
          });
        } else if (from < open || to > close) {
          ctx.addIssue({
            code: 'custom',
            path: ['counters', i, 'away', j],
            message: `${period.from}–${period.to} is outside opening hours ${s.hours.open}–${s.hours.close}`,
          });
        }
      });
    });
  });

export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

export interface TaskSpec {
  name: string;
  share: number;
  medianMin: number;
  sigma: number;
}

export interface ServiceSpec {
  id: string;
  arrivalsPerHour: number[];
  priorityShare: number;
  patienceMeanMin: number;
  noShowCostMin: number;
  tasks: TaskSpec[];
  /** Visitors whose patience can run out; the others wait however long it takes. */
  leaveShare: number;
  /** Leavers who cancel on the phone: they leave the line then, and cost no counter time. */
  cancelShare: number;
}

/** An away period with times in minutes since midnight. */
export interface AwaySpec {
  from: number;
  to: number;
  announced: boolean;
  dayShare: number;
}

export interface CounterSpec {
  id: string;
  serves: string[];
  away: AwaySpec[];
}

/** A validated scenario with every time in minutes since midnight and defaults filled in. */
export interface Scenario {
  name: string;
  seed: number;
  days: { train: number; test: number };
  open: number;
  close: number;
  lunchWindow: [number, number] | null;
  dailyVolumeCv: number;
  services: ServiceSpec[];
  counters: CounterSpec[];
}

/** A scenario file that does not follow the format; `message` names each offending field. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`}`);
  }
}

export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
}

export function formatTime(minutes: number): string {
  const m = Math.round(minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `['services', 1, 'tasks']` → `services[1].tasks`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(scenario)' : out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1];
      if (received === 'undefined') return `${where}: missing (expected ${issue.expected})`;
      return `${where}: expected ${issue.expected}${received ? `, got ${received}` : ''}`;
    }
    default:
      return `${where}: ${issue.message}`;
  }
}

export function parseScenario(input: unknown, source = 'scenario'): Scenario {
  const result = scenarioFileSchema.safeParse(input);
  if (!result.success) throw new ScenarioError(source, result.error.issues.map(describeIssue));
  const s = result.data;
  return {
    name: s.name,
    seed: s.seed,
    days: s.days,
    open: toMinutes(s.hours.open),
    close: toMinutes(s.hours.close),
    lunchWindow: s.lunchWindow ? [toMinutes(s.lunchWindow[0]), toMinutes(s.lunchWindow[1])] : null,
    dailyVolumeCv: s.dailyVolumeCv ?? 0,
    services: s.services.map((service) => ({
      ...service,
      tasks: service.tasks.map((t) => ({ ...t })),
      leaveShare: service.leaveShare ?? 1,
      cancelShare: service.cancelShare ?? 0,
    })),
    counters: s.counters.map((counter) => ({
      id: counter.id,
      serves: [...counter.serves],
      away: (counter.away ?? []).map((p) => ({
        from: toMinutes(p.from),
        to: toMinutes(p.to),
        announced: p.announced,
        dayShare: p.dayShare ?? 1,
      })),
    })),
  };
}

export function loadScenario(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ScenarioError(path, [code === 'ENOENT' ? 'file not found' : `cannot read (${code})`]);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(path, [`not valid JSON: ${(error as Error).message}`]);
  }
  return parseScenario(json, path);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
