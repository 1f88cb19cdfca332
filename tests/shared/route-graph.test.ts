import { describe, expect, it } from 'vitest';
import { buildFloorLayouts } from '../../server/demo/floor-layouts';
import type { FloorLayout } from '../../shared/schemas/hall';
import {
  buildRouteGraph,
  findRoute,
  floorChanges,
  nearestNode,
  RouteGraphError,
  validateGraph,
  type GraphFloor,
} from '../../shared/route-graph';

const demoFloors = (): GraphFloor[] =>
  buildFloorLayouts(() => null).map((f, i) => ({
    id: i + 1,
    code: f.code,
    name: f.name,
    nameEn: f.nameEn,
    layout: f.layout,
  }));

/** Two floors: a corridor with a room, joined by stairs (steps) and optionally an elevator. */
function tinyFloors(withElevator: boolean): GraphFloor[] {
  const floor = (code: string): FloorLayout => ({
    width: 100,
    height: 100,
    areas: [
      {
        id: `${code}:c`,
        kind: 'corridor',
        label: '복도',
        labelEn: 'Corridor',
        x: 0,
        y: 40,
        w: 100,
        h: 20,
        departmentId: null,
      },
      {
        id: `${code}:r`,
        kind: 'room',
        label: `${code} 방`,
        labelEn: `${code} room`,
        x: 60,
        y: 0,
        w: 40,
        h: 40,
        departmentId: null,
      },
      {
        id: `${code}:s`,
        kind: 'stairs',
        label: '계단',
        labelEn: 'Stairs',
        x: 0,
        y: 0,
        w: 20,
        h: 40,
        departmentId: null,
      },
      {
        id: `${code}:e`,
        kind: 'elevator',
        label: '승강기',
        labelEn: 'Elevator',
        x: 20,
        y: 0,
        w: 20,
        h: 40,
        departmentId: null,
      },
    ],
    nodes: [
      { id: `${code}-c10`, x: 10, y: 50, areaId: `${code}:c` },
      { id: `${code}-c30`, x: 30, y: 50, areaId: `${code}:c` },
      { id: `${code}-c80`, x: 80, y: 50, areaId: `${code}:c` },
      { id: `${code}-r`, x: 80, y: 40, areaId: `${code}:r` },
      { id: `${code}-s`, x: 10, y: 40, areaId: `${code}:s` },
      { id: `${code}-e`, x: 30, y: 40, areaId: `${code}:e` },
    ],
    edges: [
      { a: `${code}-c10`, b: `${code}-c30`, stepFree: true },
      { a: `${code}-c30`, b: `${code}-c80`, stepFree: true },
      { a: `${code}-c80`, b: `${code}-r`, stepFree: true },
      { a: `${code}-c10`, b: `${code}-s`, stepFree: true },
      { a: `${code}-c30`, b: `${code}-e`, stepFree: true },
    ],
  });
  const one = floor('1F');
  one.edges.push({ a: '1F-s', b: '2F-s', stepFree: false });
  if (withElevator) one.edges.push({ a: '1F-e', b: '2F-e', stepFree: true });
  return [
    { id: 1, code: '1F', name: '1층', nameEn: '1F', layout: one },
    { id: 2, code: '2F', name: '2층', nameEn: '2F', layout: floor('2F') },
  ];
}

describe('route graph', () => {
  it('finds the shortest path on one floor and says which door', () => {
    const graph = buildRouteGraph(tinyFloors(true));
    const route = findRoute(graph, '1F-c10', '1F-r');
    expect(route.ok).toBe(true);
    if (!route.ok) return;
    expect(route.path).toEqual(['1F-c10', '1F-c30', '1F-c80', '1F-r']);
    expect(route.cost).toBeCloseTo(80);
    expect(route.legs).toHaveLength(1);
    expect(route.steps.at(-1)?.ko).toBe('왼쪽 첫 번째 문 · 1F 방');
  });

  it('takes the stairs for one floor, the elevator when step-free', () => {
    const graph = buildRouteGraph(tinyFloors(true));
    const plain = findRoute(graph, '1F-c80', '2F-r');
    expect(plain.ok && plain.usesStairs && !plain.usesElevator).toBe(true);
    const free = findRoute(graph, '1F-c80', '2F-r', { stepFree: true });
    expect(free.ok).toBe(true);
    if (!free.ok) return;
    expect(free.usesElevator).toBe(true);
    expect(free.usesStairs).toBe(false);
    expect(free.steps.map((s) => s.ko)).toContain('엘리베이터로 2층');
    expect(free.legs.map((l) => l.floorId)).toEqual([1, 2]);
  });

  it('marks where the route leaves a floor, and nothing on the floor where it ends', () => {
    const graph = buildRouteGraph(tinyFloors(true));
    const route = findRoute(graph, '1F-c80', '2F-r', { stepFree: true });
    if (!route.ok) throw new Error('no route');
    const lastOnFirst = route.legs[0]!.points.at(-1)!;
    expect(floorChanges(route, 1)).toEqual([{ ...lastOnFirst, toFloorId: 2 }]);
    expect(floorChanges(route, 2)).toEqual([]);
    expect(floorChanges(findRoute(graph, '1F-c80', 'nowhere'), 1)).toEqual([]);
    expect(floorChanges(route, undefined)).toEqual([]);
  });

  it('sends the visitor to a guide helper when nothing step-free reaches the place', () => {
    const graph = buildRouteGraph(tinyFloors(false));
    expect(findRoute(graph, '1F-c80', '2F-r').ok).toBe(true);
    const route = findRoute(graph, '1F-c80', '2F-r', { stepFree: true });
    expect(route).toMatchObject({ ok: false, reason: 'unreachable' });
    if (!route.ok) expect(route.ko).toContain('안내 도우미');
    expect(findRoute(graph, '1F-c80', 'nowhere')).toMatchObject({ ok: false, reason: 'unknown' });
  });

  it('refuses a graph with a dangling edge or a node twice', () => {
    const floors = tinyFloors(true);
    floors[0]?.layout.edges.push({ a: '1F-r', b: '9F-ghost', stepFree: true });
    expect(validateGraph(floors).join()).toMatch(/missing node 9F-ghost/);
    expect(() => buildRouteGraph(floors)).toThrow(RouteGraphError);
    const twice = tinyFloors(true);
    twice[1]?.layout.nodes.push({ id: '1F-r', x: 0, y: 0, areaId: null });
    expect(validateGraph(twice).join()).toMatch(/1F-r appears twice/);
    expect(validateGraph(tinyFloors(true))).toEqual([]);
  });

  it('routes the demo hall from the lobby kiosk: stairs to 3F, the elevator when step-free', () => {
    const floors = demoFloors();
    expect(validateGraph(floors)).toEqual([]);
    const graph = buildRouteGraph(floors);
    const kiosk = nearestNode(graph, 2, 700, 455);
    expect(kiosk).toBe('1F-kiosk');
    const plain = findRoute(graph, '1F-kiosk', '3F-301');
    const free = findRoute(graph, '1F-kiosk', '3F-301', { stepFree: true });
    if (!plain.ok || !free.ok) throw new Error('no route');
    expect(plain.steps.map((s) => s.ko)).toEqual([
      '계단까지 가십시오',
      '계단으로 3층',
      '오른쪽 두 번째 문 · 건축과',
    ]);
    expect(free.steps.map((s) => s.ko)).toContain('엘리베이터로 3층');
    expect(free.steps.at(-1)?.en).toBe('The second door on the right · Building Permits');
    // Six floors up is a ride, not a climb.
    const top = findRoute(graph, '1F-kiosk', '6F-610');
    expect(top.ok && top.usesElevator).toBe(true);
    // The step-free way out of the building takes the ramp, not the steps.
    const out = findRoute(graph, '1F-kiosk', '1F-steps', { stepFree: true });
    expect(out.ok && out.path.includes('1F-ramp')).toBe(true);
  });
});
