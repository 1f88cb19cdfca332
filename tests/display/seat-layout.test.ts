import { describe, expect, it } from 'vitest';
import type { StaffMember } from '../../shared/schemas/hall';
import { DEMO_DEPARTMENTS } from '../../server/demo/departments';
import { demoRoster } from '../../server/demo/staff-roster';
import {
  HANGUL_INK_EM,
  legibleNamePx,
  pageMembers,
  pageTeams,
  panelPxPerMm,
  seatBlocks,
  seatLayout,
  wrapToWidth,
} from '../../display/seat-layout';
import { minGlyphMm } from '../../shared/ui/legibility';
import { DeviceSettings } from '../../shared/schemas/devices';
import outline from '../../server/demo/demo-hall-outline.json' with { type: 'json' };

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1080, height: 1920 },
];
const DOOR = { viewingDistanceMm: 1200, panelInch: 43 };

let nextId = 1;
function member(team: string, row: number, col: number, extra: Partial<StaffMember> = {}) {
  return {
    id: nextId++,
    departmentId: 1,
    name: '김민준',
    team,
    position: row === 0 ? '민원여권과장' : col === 1 ? '팀장' : '주무관',
    grade: '',
    duties: ['여권 발급 접수', '여권 교부'],
    extension: `02-0000-${1000 + nextId}`,
    photoUrl: null,
    seat: { row, col },
    presence: 'in',
    presenceNote: '',
    returnAt: null,
    proxyId: null,
    ...extra,
  } satisfies StaffMember;
}

/** An office: the head at row 0, then each team's desks in its own row. */
function office(teams: number[]): StaffMember[] {
  const staff = [member('', 0, 1)];
  teams.forEach((size, t) => {
    for (let c = 1; c <= size; c++) staff.push(member(`${t + 1}팀`, t + 1, c));
  });
  return staff;
}

/** The demo's offices with the seats the demo hall gives them. */
function demoOffices(): Map<string, StaffMember[]> {
  const roster = demoRoster(DEMO_DEPARTMENTS, outline.seat_chart_example);
  const offices = new Map<string, StaffMember[]>();
  for (const e of roster) {
    const list = offices.get(e.departmentSlug) ?? [];
    list.push(member(e.team, e.seat.row, e.seat.col, { name: e.name, position: e.position }));
    offices.set(e.departmentSlug, list);
  }
  return offices;
}

describe('seat chart layout', () => {
  it('derives px/mm from a 43-inch panel: 2.02 at 1080p, twice that at 4K, the same upright', () => {
    expect(panelPxPerMm({ width: 1920, height: 1080 })).toBeCloseTo(2.02, 2);
    expect(panelPxPerMm({ width: 3840, height: 2160 })).toBeCloseTo(4.03, 2);
    expect(panelPxPerMm({ width: 1080, height: 1920 })).toBeCloseTo(2.02, 2);
    // 0.7° at 1.2 m is 14.7 mm of ink: 35 px of font at 1080p.
    expect(legibleNamePx({ width: 1920, height: 1080 }, DOOR)).toBe(35);
  });

  it('keeps the plan: the head on top, a block per team, empty desks and aisles', () => {
    const staff = [
      member('', 0, 2),
      member('여권팀', 1, 1),
      member('여권팀', 1, 2),
      member('여권팀', 2, 1),
      member('민원팀', 4, 1),
      member('민원팀', 4, 4),
    ];
    const blocks = seatBlocks(staff);
    expect(blocks.map((b) => [b.team, b.head, b.lines.length, b.aisleBefore])).toEqual([
      ['', true, 1, false],
      ['여권팀', false, 2, false],
      ['민원팀', false, 1, true],
    ]);
    // Column 3 has no desk in any team row: an aisle; column 2 of the 민원팀 row: an empty desk.
    expect(blocks[2]!.lines[0]!.map((c) => c.kind)).toEqual(['desk', 'empty', 'aisle', 'desk']);
  });

  for (const size of SIZES) {
    const tag = `${size.width}×${size.height}`;
    const ink = (n: number) =>
      (n * HANGUL_INK_EM) / panelPxPerMm(size) >= minGlyphMm(DOOR.viewingDistanceMm) - 1e-9;

    it(`fits every demo office on one page at ${tag}, names legible at 1.2 m`, () => {
      const offices = demoOffices();
      const largest = Math.max(...[...offices.values()].map((s) => s.length));
      expect(largest).toBeGreaterThanOrEqual(13);
      for (const [slug, staff] of offices) {
        const layout = seatLayout(staff, size, DOOR, `${slug} 좌석배치도`);
        expect(layout.pages, slug).toHaveLength(1);
        expect(pageMembers(layout.pages[0]!)).toHaveLength(staff.length);
        expect(ink(layout.namePx), slug).toBe(true);
      }
    });

    it(`fits a 30-person office (head and four teams of 7+1) on one page at ${tag}`, () => {
      const staff = office([8, 7, 7, 7]);
      expect(staff).toHaveLength(30);
      const layout = seatLayout(staff, size, DOOR, '민원여권과 좌석배치도');
      expect(layout.pages).toHaveLength(1);
      expect(pageMembers(layout.pages[0]!)).toHaveLength(30);
      expect(ink(layout.namePx)).toBe(true);
      // A face large enough to recognise: the photo at least 35 mm wide on the panel.
      expect(layout.photoW / panelPxPerMm(size)).toBeGreaterThanOrEqual(35);
    });

    it(`pages a 45-person office by team at ${tag}, never splitting one`, () => {
      const staff = office([9, 9, 9, 9, 8]);
      expect(staff).toHaveLength(45);
      const layout = seatLayout(staff, size, DOOR, '민원여권과 좌석배치도');
      expect(layout.pages.length).toBeGreaterThan(1);
      expect(ink(layout.namePx)).toBe(true);
      const seen = layout.pages.flatMap((p) => pageMembers(p).map((m) => m.id));
      expect(new Set(seen).size).toBe(45);
      expect(seen).toHaveLength(45);
      // Each team on exactly one page; the head on the first.
      const teams = layout.pages.flatMap(pageTeams);
      expect(new Set(teams).size).toBe(teams.length);
      expect(teams.sort()).toEqual(['1팀', '2팀', '3팀', '4팀', '5팀']);
      expect(layout.pages[0]!.blocks[0]!.head).toBe(true);
    });
  }

  it('keeps a device panel diagonal, and a larger panel needs fewer pixels for the same name', () => {
    const settings = DeviceSettings.parse({ panelInch: 55, viewingDistanceMm: 1200 });
    expect(settings.panelInch).toBe(55);
    expect(DeviceSettings.parse({}).panelInch).toBeUndefined();
    const size = { width: 1920, height: 1080 };
    expect(legibleNamePx(size, settings)).toBeLessThan(legibleNamePx(size, DOOR));
  });

  it("keeps the room's rows uncut where they fit, and cuts a row evenly where not", () => {
    const layout = seatLayout(office([5, 5, 3]), { width: 1920, height: 1080 }, DOOR);
    expect(layout.pages[0]!.blocks.map((b) => b.lines.length)).toEqual([1, 1, 1, 1]);
    expect(layout.perLine).toBe(5);
    // Upright, a row of five is cut evenly (3 + 2), not 4 + 1.
    const upright = seatLayout(office([5, 5, 3]), { width: 1080, height: 1920 }, DOOR);
    expect(upright.pages[0]!.blocks[1]!.lines.map((l) => l.length)).toEqual([3, 2]);
  });

  it('keeps two people given one desk both on the chart', () => {
    const staff = [member('', 0, 1), member('여권팀', 1, 1), member('여권팀', 1, 1)];
    const [, team] = seatBlocks(staff);
    expect(team!.lines[0]!.filter((c) => c.kind === 'desk')).toHaveLength(2);
  });

  it('a 3 m setting makes names larger than at 1.2 m', () => {
    const staff = office([5, 5, 3]);
    const near = seatLayout(staff, SIZES[0]!, DOOR);
    const far = seatLayout(staff, SIZES[0]!, { ...DOOR, viewingDistanceMm: 3000 });
    expect(far.legibleNamePx).toBeGreaterThan(near.legibleNamePx * 2);
    expect(far.namePx).toBeGreaterThanOrEqual(far.legibleNamePx);
  });
});

describe('the seat plan’s empty desks and walkways', () => {
  it('draws an empty desk where the plan puts it and a walkway column through the team rows', () => {
    const staff = [member('', 0, 1), member('1팀', 1, 1), member('1팀', 1, 2), member('1팀', 2, 3)];
    const plan = { emptyDesks: [{ row: 1, col: 5 }], aisleCols: [4], aisleRows: [] };
    const [head, team] = seatBlocks(staff, plan);
    expect(head?.lines[0]?.map((c) => c.kind)).toEqual(['desk']);
    // Row 1: two desks, the gap at 3 (a desk of row 2 stands there), the walkway, the empty desk.
    expect(team?.lines[0]?.map((c) => c.kind)).toEqual([
      'desk',
      'desk',
      'empty',
      'aisle',
      'vacant',
    ]);
    // Row 2 ends at its last desk: a walkway is not drawn past the end of a row.
    expect(team?.lines[1]?.map((c) => c.kind)).toEqual(['empty', 'empty', 'desk']);
  });

  it('keeps a row of empty desks with the team above and splits a block at a walkway row', () => {
    const staff = [member('1팀', 1, 1), member('1팀', 1, 2), member('1팀', 3, 1)];
    const blocks = seatBlocks(staff, {
      emptyDesks: [{ row: 2, col: 1 }],
      aisleCols: [],
      aisleRows: [],
    });
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.lines.map((l) => l.map((c) => c.kind))).toEqual([
      ['desk', 'desk'],
      ['vacant'],
      ['desk'],
    ]);
    const split = seatBlocks(staff.slice(0, 2).concat(member('1팀', 3, 1)), {
      emptyDesks: [],
      aisleCols: [],
      aisleRows: [2],
    });
    expect(split.map((b) => b.aisleBefore)).toEqual([false, true]);
  });

  it('a person at a marked place keeps the desk, and the demo office with the plan still fits', () => {
    const staff = office([4, 4]);
    const plan = { emptyDesks: [{ row: 1, col: 2 }], aisleCols: [3], aisleRows: [] };
    const cells = seatBlocks(staff, plan).flatMap((b) => b.lines.flat());
    expect(cells.filter((c) => c.kind === 'desk')).toHaveLength(staff.length);
    for (const size of SIZES) {
      const layout = seatLayout(staff, size, DOOR, '', plan);
      expect(layout.pages).toHaveLength(1);
      expect(layout.namePx).toBeGreaterThanOrEqual(legibleNamePx(size, DOOR));
    }
  });
});

describe('a seat chart in a box of fixed width (the kiosk)', () => {
  const W = { deskW: 200, aisleW: 60, gapPx: 10, labelW: 50 };
  const kinds = (blocks: ReturnType<typeof seatBlocks>) =>
    blocks.map((b) => b.lines.map((l) => l.map((c) => c.kind)));

  it('keeps the rows whole, walkway and empty desk included, where the room fits', () => {
    const staff = [member('', 0, 1), member('1팀', 1, 1), member('1팀', 1, 2), member('1팀', 1, 4)];
    const plan = { emptyDesks: [{ row: 1, col: 5 }], aisleCols: [3], aisleRows: [] };
    // Label + gap, four desks, one walkway, four gaps: 50 + 10 + 800 + 60 + 40 = 960.
    const { perLine, blocks } = wrapToWidth(seatBlocks(staff, plan), 960, W);
    expect(perLine).toBe(5);
    expect(kinds(blocks)).toEqual([[['desk']], [['desk', 'desk', 'aisle', 'desk', 'vacant']]]);
  });

  it('cuts a row too wide into as few lines as fit, evenly, never sideways', () => {
    const staff = office([5, 3]);
    // Four desks fit across (60 + 4 × 200 + 3 × 10 = 890), five do not: 3 + 2, not 4 + 1.
    const { perLine, blocks } = wrapToWidth(seatBlocks(staff), 900, W);
    expect(perLine).toBe(3);
    expect(blocks[1]?.lines.map((l) => l.length)).toEqual([3, 2]);
    expect(blocks[2]?.lines.map((l) => l.length)).toEqual([3]);
    const desks = blocks.flatMap((b) => b.lines.flat()).filter((c) => c.kind === 'desk');
    expect(desks).toHaveLength(staff.length);
    // A box narrower than one desk still shows every desk, one a line.
    const narrow = wrapToWidth(seatBlocks(staff), 100, W);
    expect(narrow.perLine).toBe(1);
    expect(narrow.blocks.flatMap((b) => b.lines)).toHaveLength(staff.length);
  });
});
