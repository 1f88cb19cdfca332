/**
 * The demo hall's floor plans as data: each floor names its rooms on the four sides of one
 * corridor, and a small builder draws the rectangles and the route graph the kiosk walks.
 *
 * Every floor shares one frame on a 1000×600 canvas: the building from (30, 30) to (970, 530),
 * an east–west corridor across the middle, and a core in the middle (stairs, two elevator cars,
 * toilets with an accessible toilet) plus emergency stairs at the corridor's east end.
 *
 * Ids: areas are `<floor>:<key>` (`1F:101`, `2F:elev-1`), nodes are `<floor>-<key>` (`1F-101` at
 * the door of room 101, `2F-elev` at the elevator landing, `3F-c250` on the corridor at x = 250),
 * unique across the building so floors join by edges between their elevator and stairs nodes.
 */
import type { AreaKind, FloorLayout } from '../../shared/schemas/hall';

type Area = FloorLayout['areas'][number];
type Node = FloorLayout['nodes'][number];
type Edge = FloorLayout['edges'][number];

/** A room on one side of the corridor; `span` is its share of the side's width (default 1). */
type Room = { key: string; ko: string; en: string; span?: number; dept?: string };

type Side = { west: Room[]; east: Room[] };
type Rect = { x: number; y: number; w: number; h: number };

/** What a floor adds to the common frame: the 1F lobby and its entrances. */
type Extra = {
  areas: (Omit<Area, 'id' | 'departmentId'> & { key: string })[];
  nodes: { key: string; x: number; y: number; area: string | null }[];
  edges: [a: string, b: string, stepFree: boolean][];
  /** Nodes that open onto the corridor, joined to the corridor at x. */
  corridor: { node: string; x: number }[];
};

type FloorPlan = {
  code: string;
  name: string;
  nameEn: string;
  sort: number;
  north: Side;
  south: Side;
  extra?: Extra;
};

const WIDTH = 1000;
const HEIGHT = 600;
const LEFT = 30;
const RIGHT = 970;
const TOP = 30;
const BOTTOM = 530;
const CORRIDOR_TOP = 255;
const CORRIDOR_BOTTOM = 315;
/** The corridor's centre line: doors north of it face south, doors south of it face north. */
export const CORRIDOR_Y = 285;
const CORE_LEFT = 430;
const CORE_RIGHT = 570;
/** The emergency stairs close the corridor's east end. */
const CORRIDOR_END = 920;

/** Where the lobby kiosk stands on 1F, facing the main entrance (0° = up on the plan, clockwise). */
export const KIOSK_SPOT = { floor: '1F', node: '1F-kiosk', x: 700, y: 455, facing: 180 } as const;

const LOBBY: Extra = {
  areas: [
    {
      key: 'lobby',
      kind: 'lobby',
      label: '로비',
      labelEn: 'Lobby',
      x: 570,
      y: 315,
      w: 400,
      h: 215,
    },
    {
      key: 'guide-desk',
      kind: 'room',
      label: '종합안내데스크',
      labelEn: 'Information desk',
      x: 855,
      y: 335,
      w: 100,
      h: 45,
    },
    {
      key: 'cert-machines',
      kind: 'room',
      label: '무인민원발급기',
      labelEn: 'Certificate machines',
      x: 585,
      y: 335,
      w: 85,
      h: 40,
    },
    {
      key: 'exit-main',
      kind: 'exit',
      label: '정문',
      labelEn: 'Main entrance',
      x: 730,
      y: 520,
      w: 80,
      h: 20,
    },
    {
      key: 'entrance-steps',
      kind: 'stairs',
      label: '계단',
      labelEn: 'Steps',
      x: 730,
      y: 540,
      w: 80,
      h: 45,
    },
    { key: 'ramp', kind: 'ramp', label: '경사로', labelEn: 'Ramp', x: 810, y: 540, w: 150, h: 30 },
    {
      key: 'exit-side',
      kind: 'exit',
      label: '서측 출입구',
      labelEn: 'Side entrance',
      x: 10,
      y: 260,
      w: 20,
      h: 50,
    },
  ],
  nodes: [
    { key: 'lobby', x: 770, y: 400, area: 'lobby' },
    { key: 'kiosk', x: KIOSK_SPOT.x, y: KIOSK_SPOT.y, area: 'lobby' },
    { key: 'guide-desk', x: 905, y: 400, area: 'guide-desk' },
    { key: 'cert-machines', x: 627, y: 390, area: 'cert-machines' },
    { key: 'exit-main', x: 770, y: 530, area: 'exit-main' },
    { key: 'steps', x: 770, y: 585, area: 'entrance-steps' },
    { key: 'ramp', x: 955, y: 555, area: 'ramp' },
    { key: 'exit-side', x: 15, y: CORRIDOR_Y, area: 'exit-side' },
  ],
  edges: [
    ['lobby', 'kiosk', true],
    ['lobby', 'guide-desk', true],
    ['lobby', 'cert-machines', true],
    ['lobby', 'exit-main', true],
    ['kiosk', 'exit-main', true],
    // The steps climb straight to the door; the ramp beside them reaches the same landing.
    ['exit-main', 'steps', false],
    ['exit-main', 'ramp', true],
    ['steps', 'ramp', true],
  ],
  corridor: [
    { node: 'lobby', x: 770 },
    { node: 'exit-side', x: LEFT },
  ],
};

const office = (key: string, ko: string, en: string, dept: string, span = 1): Room => ({
  key,
  ko,
  en,
  dept,
  span,
});
const room = (key: string, ko: string, en: string, span = 1): Room => ({ key, ko, en, span });

export const FLOOR_PLANS: readonly FloorPlan[] = [
  {
    code: 'B1',
    name: '지하 1층',
    nameEn: 'B1',
    sort: -1,
    north: {
      west: [office('B101', '교통행정과 자동차등록민원실', 'Vehicle Registration', 'transport')],
      east: [
        room('B102', '방재실', 'Fire control room'),
        room('B103', '기계실', 'Machine room', 2),
      ],
    },
    south: {
      west: [room('parking-w', '주차장', 'Parking')],
      east: [room('parking-e', '주차장', 'Parking')],
    },
  },
  {
    code: '1F',
    name: '1층',
    nameEn: '1F',
    sort: 1,
    north: {
      west: [
        office('105', '부동산정보과', 'Real Estate Information', 'real-estate'),
        office('107', '세무1과 취득세 창구', 'Acquisition Tax Counter', 'tax-1'),
      ],
      east: [office('101', '민원여권과 종합민원실', 'Civil Affairs & Passports', 'civil-passport')],
    },
    south: {
      west: [
        room('109', '무료법률상담실', 'Free legal counselling', 3),
        room('110', '수유실', 'Nursing room', 2),
      ],
      east: [],
    },
    extra: LOBBY,
  },
  {
    code: '2F',
    name: '2층',
    nameEn: '2F',
    sort: 2,
    north: {
      west: [
        office('201', '세무1과', 'Tax Division 1', 'tax-1', 3),
        room('203', '세무 상담실', 'Tax counselling', 2),
      ],
      east: [office('205', '세무2과', 'Tax Division 2', 'tax-2')],
    },
    south: {
      west: [room('202', '문서고', 'Records room'), room('204', '회의실', 'Meeting room')],
      east: [
        room('206', '소회의실', 'Small meeting room'),
        room('208', '직원 휴게실', 'Staff lounge'),
      ],
    },
  },
  {
    code: '3F',
    name: '3층',
    nameEn: '3F',
    sort: 3,
    north: {
      west: [
        office('301', '건축과', 'Building Permits', 'building', 3),
        room('303', '건축 상담실', 'Building counselling', 2),
      ],
      east: [office('305', '주택과', 'Housing', 'housing')],
    },
    south: {
      west: [room('302', '도면 열람실', 'Drawings archive'), room('304', '회의실', 'Meeting room')],
      east: [room('306', '소회의실', 'Small meeting room')],
    },
  },
  {
    code: '4F',
    name: '4층',
    nameEn: '4F',
    sort: 4,
    north: {
      west: [office('401', '복지정책과', 'Welfare Policy', 'welfare-policy')],
      east: [
        office('405', '어르신복지과', 'Senior Welfare', 'senior-welfare'),
        office('407', '장애인복지과', 'Disability Welfare', 'disability-welfare'),
      ],
    },
    south: {
      west: [
        room('402', '복지 상담실', 'Welfare counselling'),
        room('404', '회의실', 'Meeting room'),
      ],
      east: [
        room('406', '소회의실', 'Small meeting room'),
        room('408', '직원 휴게실', 'Staff lounge'),
      ],
    },
  },
  {
    code: '5F',
    name: '5층',
    nameEn: '5F',
    sort: 5,
    north: {
      west: [office('501', '기획예산과', 'Planning & Budget', 'planning-budget')],
      east: [
        office('505', '총무과', 'General Affairs', 'general-affairs'),
        office('507', '감사담당관', 'Audit Office', 'audit'),
      ],
    },
    south: {
      west: [room('502', '전산실', 'Server room'), room('504', '회의실', 'Meeting room')],
      east: [
        room('506', '공익신고 상담실', 'Whistleblower counselling'),
        room('508', '문서고', 'Records room'),
      ],
    },
  },
  {
    code: '6F',
    name: '6층',
    nameEn: '6F',
    sort: 6,
    north: {
      west: [
        room('601', '구청장실', "Mayor's office"),
        room('603', '부구청장실', "Deputy mayor's office"),
      ],
      east: [room('610', '대회의실', 'Main conference room')],
    },
    south: {
      west: [room('602', '비서실', 'Secretariat'), room('604', '접견실', 'Reception room')],
      east: [room('606', '기자실', 'Press room'), room('608', '소회의실', 'Small meeting room')],
    },
  },
];

/** Lays rooms side by side across [from, to], with their doors on the corridor. */
function placeRooms(rooms: Room[], from: number, to: number, north: boolean) {
  const total = rooms.reduce((sum, r) => sum + (r.span ?? 1), 0);
  const y = north ? TOP : CORRIDOR_BOTTOM;
  const h = north ? CORRIDOR_TOP - TOP : BOTTOM - CORRIDOR_BOTTOM;
  let x = from;
  return rooms.map((r) => {
    const w = ((to - from) * (r.span ?? 1)) / total;
    const placed = { room: r, x, y, w, h, doorX: Math.round(x + w / 2) };
    x += w;
    return placed;
  });
}

/** One floor's layout; `departmentId` turns a department slug into its id (null before they exist). */
function buildFloor(plan: FloorPlan, departmentId: (slug: string) => number | null): FloorLayout {
  const f = plan.code;
  const areas: Area[] = [];
  const nodes: Node[] = [];
  const edges: Edge[] = [];
  /** Corridor positions and the nodes that join the corridor there. */
  const taps: { node: string; x: number }[] = [];

  const area = (
    key: string,
    kind: AreaKind,
    label: string,
    labelEn: string,
    rect: Rect,
    dept?: string,
  ) =>
    areas.push({
      id: `${f}:${key}`,
      kind,
      label,
      labelEn,
      ...rect,
      departmentId: dept ? departmentId(dept) : null,
    });
  const node = (key: string, x: number, y: number, areaKey: string | null) =>
    nodes.push({ id: `${f}-${key}`, x, y, areaId: areaKey === null ? null : `${f}:${areaKey}` });

  area('corridor', 'corridor', '복도', 'Corridor', {
    x: LEFT,
    y: CORRIDOR_TOP,
    w: CORRIDOR_END - LEFT,
    h: CORRIDOR_BOTTOM - CORRIDOR_TOP,
  });

  const sides = [
    ...placeRooms(plan.north.west, LEFT, CORE_LEFT, true),
    ...placeRooms(plan.north.east, CORE_RIGHT, RIGHT, true),
    ...placeRooms(plan.south.west, LEFT, CORE_LEFT, false),
    ...placeRooms(plan.south.east, CORE_RIGHT, RIGHT, false),
  ];
  for (const { room: r, x, y, w, h, doorX } of sides) {
    area(r.key, 'room', r.ko, r.en, { x, y, w, h }, r.dept);
    node(r.key, doorX, y === TOP ? CORRIDOR_TOP : CORRIDOR_BOTTOM, r.key);
    taps.push({ node: `${f}-${r.key}`, x: doorX });
  }

  // The core: stairs and two elevator cars north of the corridor, toilets south of it.
  area('stairs', 'stairs', '계단', 'Stairs', {
    x: CORE_LEFT,
    y: TOP,
    w: 60,
    h: CORRIDOR_TOP - TOP,
  });
  area('utility', 'room', '설비실', 'Utility', { x: 490, y: TOP, w: 80, h: 135 });
  area('elev-1', 'elevator', '승강기', 'Elevator', { x: 490, y: 165, w: 40, h: 90 });
  area('elev-2', 'elevator', '승강기', 'Elevator', { x: 530, y: 165, w: 40, h: 90 });
  area('wc', 'toilet', '화장실', 'Toilets', { x: CORE_LEFT, y: CORRIDOR_BOTTOM, w: 80, h: 100 });
  area('wc-accessible', 'toilet-accessible', '장애인 화장실', 'Accessible toilet', {
    x: 510,
    y: CORRIDOR_BOTTOM,
    w: 60,
    h: 100,
  });
  area('storage', 'room', '창고', 'Storage', { x: CORE_LEFT, y: 415, w: 140, h: BOTTOM - 415 });
  area('stairs-e', 'stairs', '비상계단', 'Emergency stairs', {
    x: CORRIDOR_END,
    y: CORRIDOR_TOP,
    w: RIGHT - CORRIDOR_END,
    h: CORRIDOR_BOTTOM - CORRIDOR_TOP,
  });
  node('stairs', 460, CORRIDOR_TOP, 'stairs');
  // One landing serves both cars.
  node('elev', 530, CORRIDOR_TOP, 'elev-1');
  node('wc', 470, CORRIDOR_BOTTOM, 'wc');
  node('wc-accessible', 540, CORRIDOR_BOTTOM, 'wc-accessible');
  node('stairs-e', 945, CORRIDOR_Y, 'stairs-e');
  taps.push(
    { node: `${f}-stairs`, x: 460 },
    { node: `${f}-elev`, x: 530 },
    { node: `${f}-wc`, x: 470 },
    { node: `${f}-wc-accessible`, x: 540 },
    { node: `${f}-stairs-e`, x: CORRIDOR_END },
  );

  if (plan.extra) {
    for (const { key, ...rect } of plan.extra.areas) {
      areas.push({ id: `${f}:${key}`, ...rect, departmentId: null });
    }
    for (const n of plan.extra.nodes) node(n.key, n.x, n.y, n.area);
    for (const [a, b, stepFree] of plan.extra.edges)
      edges.push({ a: `${f}-${a}`, b: `${f}-${b}`, stepFree });
    for (const t of plan.extra.corridor) taps.push({ node: `${f}-${t.node}`, x: t.x });
  }

  // The corridor: a junction wherever something opens onto it, chained west to east.
  const xs = [...new Set(taps.map((t) => t.x))].sort((a, b) => a - b);
  for (const x of xs) node(`c${x}`, x, CORRIDOR_Y, 'corridor');
  xs.slice(1).forEach((x, i) =>
    edges.push({ a: `${f}-c${xs[i]}`, b: `${f}-c${x}`, stepFree: true }),
  );
  for (const t of taps) edges.push({ a: t.node, b: `${f}-c${t.x}`, stepFree: true });

  return { width: WIDTH, height: HEIGHT, areas, nodes, edges };
}

export type BuiltFloor = Omit<FloorPlan, 'north' | 'south' | 'extra'> & { layout: FloorLayout };

/**
 * Every floor's layout, bottom to top. Edges between floors (elevator step-free, both stairs not)
 * live in the lower floor's layout.
 */
export function buildFloorLayouts(departmentId: (slug: string) => number | null): BuiltFloor[] {
  const floors: BuiltFloor[] = FLOOR_PLANS.map((plan) => ({
    code: plan.code,
    name: plan.name,
    nameEn: plan.nameEn,
    sort: plan.sort,
    layout: buildFloor(plan, departmentId),
  }));
  floors.forEach((lower, i) => {
    const upper = floors[i + 1];
    if (!upper) return;
    const join = (key: string, stepFree: boolean) =>
      lower.layout.edges.push({ a: `${lower.code}-${key}`, b: `${upper.code}-${key}`, stepFree });
    join('elev', true);
    join('stairs', false);
    join('stairs-e', false);
  });
  return floors;
}
