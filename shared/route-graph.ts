/**
 * Routes on the hall's floor plans: one graph from every floor's nodes and edges (edges between
 * floors join elevator and stairs landings), a shortest-path search, a step-free variant, and the
 * steps in words ("엘리베이터로 3층 → 오른쪽 두 번째 문").
 *
 * Costs are in plan units (the demo's canvas is about 6 cm a unit): walking is the distance;
 * a flight of stairs costs STAIRS_PER_FLOOR; the elevator costs ELEVATOR_BOARD once (the wait)
 * plus ELEVATOR_PER_FLOOR a floor, so a floor or two goes by the stairs and more by the elevator.
 */
import type { AreaKind, FloorLayout } from './schemas/hall';
import type { Lang } from './schemas/common';

export const STAIRS_PER_FLOOR = 400;
export const ELEVATOR_BOARD = 700;
export const ELEVATOR_PER_FLOOR = 100;

export type GraphFloor = {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  layout: FloorLayout;
};

export type GraphNode = {
  id: string;
  floorId: number;
  x: number;
  y: number;
  areaId: string | null;
  kind: AreaKind | null;
};
type Link = { to: string; stepFree: boolean; vertical: 'elevator' | 'stairs' | null };

export type RouteGraph = {
  floors: Map<number, GraphFloor>;
  nodes: Map<string, GraphNode>;
  links: Map<string, Link[]>;
  areas: Map<string, FloorLayout['areas'][number] & { floorId: number }>;
};

/** What is wrong with the floors' graph, in words an administrator can fix; empty when sound. */
export function validateGraph(floors: readonly GraphFloor[]): string[] {
  const problems: string[] = [];
  const nodeIds = new Set<string>();
  for (const floor of floors) {
    const areaIds = new Set(floor.layout.areas.map((a) => a.id));
    for (const node of floor.layout.nodes) {
      if (nodeIds.has(node.id)) problems.push(`node ${node.id} appears twice`);
      nodeIds.add(node.id);
      if (node.areaId !== null && !areaIds.has(node.areaId))
        problems.push(`node ${node.id} is in area ${node.areaId}, which is not on ${floor.code}`);
    }
  }
  for (const floor of floors) {
    for (const edge of floor.layout.edges) {
      for (const end of [edge.a, edge.b])
        if (!nodeIds.has(end))
          problems.push(`edge ${edge.a}–${edge.b} on ${floor.code} ends at missing node ${end}`);
      if (edge.a === edge.b) problems.push(`edge ${edge.a}–${edge.b} joins a node to itself`);
    }
  }
  return problems;
}

export class RouteGraphError extends Error {
  constructor(readonly problems: string[]) {
    super(`the floor graph is not sound: ${problems.join('; ')}`);
    this.name = 'RouteGraphError';
  }
}

/** The graph of all floors; throws RouteGraphError on dangling edges or duplicate nodes. */
export function buildRouteGraph(floors: readonly GraphFloor[]): RouteGraph {
  const problems = validateGraph(floors);
  if (problems.length > 0) throw new RouteGraphError(problems);
  const graph: RouteGraph = {
    floors: new Map(),
    nodes: new Map(),
    links: new Map(),
    areas: new Map(),
  };
  for (const floor of floors) {
    graph.floors.set(floor.id, floor);
    for (const area of floor.layout.areas) graph.areas.set(area.id, { ...area, floorId: floor.id });
  }
  for (const floor of floors) {
    for (const n of floor.layout.nodes) {
      const kind = n.areaId ? (graph.areas.get(n.areaId)?.kind ?? null) : null;
      graph.nodes.set(n.id, {
        id: n.id,
        floorId: floor.id,
        x: n.x,
        y: n.y,
        areaId: n.areaId,
        kind,
      });
      graph.links.set(n.id, []);
    }
  }
  for (const floor of floors) {
    for (const e of floor.layout.edges) {
      const a = graph.nodes.get(e.a);
      const b = graph.nodes.get(e.b);
      if (!a || !b) continue;
      const vertical =
        a.floorId === b.floorId
          ? null
          : a.kind === 'elevator' && b.kind === 'elevator'
            ? 'elevator'
            : 'stairs';
      graph.links.get(e.a)?.push({ to: e.b, stepFree: e.stepFree, vertical });
      graph.links.get(e.b)?.push({ to: e.a, stepFree: e.stepFree, vertical });
    }
  }
  return graph;
}

export type RouteStep = { ko: string; en: string; floorId: number };

export type Route =
  | {
      ok: true;
      /** Node ids from the start to the destination. */
      path: string[];
      cost: number;
      /** The points to draw on each floor, in order. */
      legs: { floorId: number; points: { x: number; y: number }[] }[];
      steps: RouteStep[];
      usesElevator: boolean;
      usesStairs: boolean;
    }
  | { ok: false; reason: 'unknown' | 'unreachable'; ko: string; en: string };

const ASK_GUIDE = {
  ko: '가는 길을 찾지 못했습니다. 안내 도우미에게 물어 주십시오.',
  en: 'We could not find a way there. Please ask a guide helper.',
};
const ASK_GUIDE_STEP_FREE = {
  ko: '계단 없이 가는 길을 찾지 못했습니다. 안내 도우미에게 물어 주십시오.',
  en: 'We could not find a step-free way there. Please ask a guide helper.',
};

/** The node visitors walk to for an area: its door node. */
export function nodeOfArea(graph: RouteGraph, areaId: string): string | null {
  for (const node of graph.nodes.values()) if (node.areaId === areaId) return node.id;
  return null;
}

/** The nearest node to a point on a floor (a kiosk stands somewhere, not always on a node). */
export function nearestNode(graph: RouteGraph, floorId: number, x: number, y: number) {
  let best: GraphNode | null = null;
  let bestDistance = Infinity;
  for (const node of graph.nodes.values()) {
    if (node.floorId !== floorId) continue;
    const d = Math.hypot(node.x - x, node.y - y);
    if (d < bestDistance) {
      best = node;
      bestDistance = d;
    }
  }
  return best?.id ?? null;
}

/**
 * The cheapest way from one node to another (Dijkstra). `stepFree` keeps to step-free edges:
 * the elevator, ramps, level doors. Nothing found is a result that sends the visitor to a guide.
 */
export function findRoute(
  graph: RouteGraph,
  from: string,
  to: string,
  options: { stepFree?: boolean } = {},
): Route {
  if (!graph.nodes.has(from) || !graph.nodes.has(to))
    return { ok: false, reason: 'unknown', ...ASK_GUIDE };
  // A state is a node and whether the visitor is riding the elevator (boarding costs once).
  type State = `${string}|${'w' | 'e'}`;
  const dist = new Map<State, number>();
  const prev = new Map<State, State>();
  const start: State = `${from}|w`;
  dist.set(start, 0);
  const open = new Set<State>([start]);
  let reached: State | null = null;
  while (open.size > 0) {
    let current: State | null = null;
    let currentDist = Infinity;
    for (const s of open) {
      const d = dist.get(s) ?? Infinity;
      if (d < currentDist) {
        current = s;
        currentDist = d;
      }
    }
    if (current === null) break;
    open.delete(current);
    const [nodeId, mode] = current.split('|') as [string, 'w' | 'e'];
    if (nodeId === to) {
      reached = current;
      break;
    }
    const node = graph.nodes.get(nodeId);
    if (!node) continue;
    for (const link of graph.links.get(nodeId) ?? []) {
      if (options.stepFree && !link.stepFree) continue;
      const next = graph.nodes.get(link.to);
      if (!next) continue;
      let cost: number;
      let nextMode: 'w' | 'e' = 'w';
      if (link.vertical === 'elevator') {
        cost = ELEVATOR_PER_FLOOR + (mode === 'e' ? 0 : ELEVATOR_BOARD);
        nextMode = 'e';
      } else if (link.vertical === 'stairs') {
        cost = STAIRS_PER_FLOOR;
      } else {
        cost = Math.hypot(next.x - node.x, next.y - node.y);
      }
      const state: State = `${link.to}|${nextMode}`;
      const candidate = currentDist + cost;
      if (candidate < (dist.get(state) ?? Infinity)) {
        dist.set(state, candidate);
        prev.set(state, current);
        open.add(state);
      }
    }
  }
  if (reached === null)
    return {
      ok: false,
      reason: 'unreachable',
      ...(options.stepFree ? ASK_GUIDE_STEP_FREE : ASK_GUIDE),
    };
  const states: State[] = [];
  for (let s: State | undefined = reached; s; s = prev.get(s)) states.unshift(s);
  const path = states.map((s) => s.split('|')[0] ?? '');
  const nodes = path.map((id) => graph.nodes.get(id)).filter((n): n is GraphNode => !!n);
  const legs: { floorId: number; points: { x: number; y: number }[] }[] = [];
  for (const n of nodes) {
    const leg = legs[legs.length - 1];
    if (leg && leg.floorId === n.floorId) leg.points.push({ x: n.x, y: n.y });
    else legs.push({ floorId: n.floorId, points: [{ x: n.x, y: n.y }] });
  }
  // Floors only passed through on a ride or a climb have nothing to draw.
  const drawn = legs.filter((l, i) => l.points.length > 1 || i === 0 || i === legs.length - 1);
  const verticals = nodes.slice(1).map((n, i) => {
    const a = nodes[i];
    return a && a.floorId !== n.floorId ? (a.kind === 'elevator' ? 'elevator' : 'stairs') : null;
  });
  return {
    ok: true,
    path,
    cost: dist.get(reached) ?? 0,
    legs: drawn,
    steps: describeRoute(graph, nodes),
    usesElevator: verticals.includes('elevator'),
    usesStairs: verticals.includes('stairs'),
  };
}

const KO_ORDINALS = ['첫', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉', '열'];
const EN_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
/** Kinds of area whose door a visitor counts along a corridor. */
const DOOR_KINDS: readonly (AreaKind | null)[] = ['room', 'toilet', 'toilet-accessible'];

type Vec = { x: number; y: number };
const sub = (a: Vec, b: Vec): Vec => ({ x: a.x - b.x, y: a.y - b.y });
/** On the plan (y down), a positive cross product is a turn to the right. */
const cross = (a: Vec, b: Vec): number => a.x * b.y - a.y * b.x;

function sideWords(right: boolean) {
  return right ? { ko: '오른쪽', en: 'right' } : { ko: '왼쪽', en: 'left' };
}

/** The steps in Korean and English, one per change: to the landing, up or down, to the door. */
function describeRoute(graph: RouteGraph, nodes: GraphNode[]): RouteStep[] {
  const steps: RouteStep[] = [];
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || !last) return steps;
  if (first.id === last.id) {
    steps.push({ ko: '지금 계신 곳입니다', en: 'You are here', floorId: first.floorId });
    return steps;
  }
  // Split into walks on one floor, with the ride or climb between them.
  let walkStart = 0;
  for (let i = 1; i < nodes.length; i++) {
    const a = nodes[i - 1];
    const b = nodes[i];
    if (!a || !b || a.floorId === b.floorId) continue;
    const way = a.kind === 'elevator' ? 'elevator' : 'stairs';
    if (i - 1 > walkStart) {
      const word = way === 'elevator' ? { ko: '엘리베이터', en: 'elevator' } : turnToStairs();
      steps.push({
        ko: `${word.ko}까지 가십시오`,
        en: `Walk to the ${word.en}`,
        floorId: a.floorId,
      });
    }
    // Skip the floors passed through on the same ride.
    let j = i;
    while (j + 1 < nodes.length && nodes[j + 1]?.floorId !== nodes[j]?.floorId) j++;
    const arrival = nodes[j];
    if (!arrival) break;
    const floor = graph.floors.get(arrival.floorId);
    const fko = floor?.name ?? '';
    const fen = floor?.nameEn ?? '';
    steps.push(
      way === 'elevator'
        ? { ko: `엘리베이터로 ${fko}`, en: `Take the elevator to ${fen}`, floorId: a.floorId }
        : {
            ko: `계단으로 ${fko}`,
            en: `Take the stairs to ${fen}`,
            floorId: a.floorId,
          },
    );
    walkStart = j;
    i = j;
  }
  steps.push(finalStep(graph, nodes.slice(walkStart)));
  return steps;
}

const turnToStairs = () => ({ ko: '계단', en: 'stairs' });

/** "오른쪽 두 번째 문" for the last walk: doors on the same side passed along the way, counted. */
function finalStep(graph: RouteGraph, walk: GraphNode[]): RouteStep {
  const dest = walk[walk.length - 1] as GraphNode;
  const area = dest.areaId ? graph.areas.get(dest.areaId) : undefined;
  const label = { ko: area?.label ?? '', en: area?.labelEn ?? '' };
  const junction = walk[walk.length - 2];
  const before = walk[walk.length - 3];
  if (!junction || !before || !DOOR_KINDS.includes(dest.kind)) {
    return {
      ko: label.ko ? `${label.ko}에 도착합니다` : '도착합니다',
      en: label.en ? `Arrive at ${label.en}` : 'You have arrived',
      floorId: dest.floorId,
    };
  }
  const heading = sub(junction, before);
  const toDoor = sub(dest, junction);
  const length = Math.hypot(heading.x, heading.y) * Math.hypot(toDoor.x, toDoor.y);
  const dot = heading.x * toDoor.x + heading.y * toDoor.y;
  if (length > 0 && Math.abs(cross(heading, toDoor)) < length / 2 && dot > 0) {
    return {
      ko: `앞쪽 문 · ${label.ko}`,
      en: `The door straight ahead · ${label.en}`,
      floorId: dest.floorId,
    };
  }
  const right = cross(heading, toDoor) > 0;
  // Doors on that side opening onto the walk's corridor nodes, from where the walk joined it.
  const onPath = new Set(walk.map((n) => n.id));
  let count = 0;
  for (let k = 1; k < walk.length - 1; k++) {
    const here = walk[k] as GraphNode;
    const from = walk[k - 1] as GraphNode;
    if (here.kind !== 'corridor') continue;
    const dir = sub(here, from);
    for (const link of graph.links.get(here.id) ?? []) {
      const door = graph.nodes.get(link.to);
      if (!door || link.vertical || !DOOR_KINDS.includes(door.kind)) continue;
      if (onPath.has(door.id) && door.id !== dest.id) continue;
      if (from.kind !== 'corridor' && door.id !== dest.id) continue;
      const side = cross(dir, sub(door, here)) > 0;
      if (side === right) count++;
    }
  }
  const n = Math.max(1, count);
  const words = sideWords(right);
  const koOrdinal = KO_ORDINALS[n - 1] ?? String(n);
  const enOrdinal = EN_ORDINALS[n - 1] ?? `${n}th`;
  return {
    ko: `${words.ko} ${koOrdinal} 번째 문 · ${label.ko}`,
    en: `The ${enOrdinal} door on the ${words.en} · ${label.en}`,
    floorId: dest.floorId,
  };
}

/**
 * Where a route leaves `floorId` for another floor (the end of each leg on it that is not the
 * last), so the map can mark "→ 2층" at the lift or the stairs.
 */
export function floorChanges(
  route: Route | null | undefined,
  floorId: number | undefined,
): { x: number; y: number; toFloorId: number }[] {
  if (!route?.ok || floorId === undefined) return [];
  return route.legs.flatMap((leg, i) => {
    const next = route.legs[i + 1];
    const end = leg.points[leg.points.length - 1];
    return leg.floorId === floorId && next && end
      ? [{ x: end.x, y: end.y, toFloorId: next.floorId }]
      : [];
  });
}

/** The words of a failed route in the current language. */
export const routeMessage = (route: { ko: string; en: string }, lang: Lang): string =>
  lang === 'en' ? route.en : route.ko;
