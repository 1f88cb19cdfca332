/**
 * The floor editor's state and pure edits: the draft layout of the floor being edited, the tool,
 * the selection, the pending edge. Signals shared by the section, canvas and inspector; the draft
 * is saved as one command (PUT /api/admin/floors/:id/layout) or thrown away.
 */
import { signal } from '@preact/signals';
import type { Device } from '../../shared/schemas/devices';
import type { FloorLayoutInput } from '../../shared/schemas/floors';
import type { AreaKind, Department, Floor } from '../../shared/schemas/hall';
import { api } from '../../shared/ui/api';

export type EditorData = { floors: Floor[]; departments: Department[]; kiosks: Device[] };
export type Tool = 'select' | 'room' | 'node' | 'edge' | 'kiosk';
export type Selection =
  | { type: 'area'; id: string }
  | { type: 'node'; id: string }
  | { type: 'edge'; index: number }
  | null;

/** Plan units a click snaps to. */
export const GRID = 10;

export const editorData = signal<EditorData | null>(null);
export const floorId = signal<number | null>(null);
export const draft = signal<FloorLayoutInput | null>(null);
export const dirty = signal(false);
export const tool = signal<Tool>('select');
export const selection = signal<Selection>(null);
/** The first node of an edge being drawn with the edge tool. */
export const edgeStart = signal<string | null>(null);
export const kioskId = signal<number | null>(null);
/** The kiosk being placed: its unsaved position on the shown floor. */
export const kioskDraft = signal<{ x: number; y: number; facing: number } | null>(null);
export const message = signal<{ kind: 'ok' | 'error'; text: string } | null>(null);

export async function loadEditor(keepFloor = true): Promise<void> {
  const res = await api<EditorData>('/api/admin/floors');
  if (!res.ok) {
    message.value = { kind: 'error', text: res.error.message };
    return;
  }
  editorData.value = res.data;
  const floors = [...res.data.floors].sort((a, b) => a.sort - b.sort);
  const current =
    (keepFloor && floors.find((f) => f.id === floorId.value)) ||
    floors.find((f) => f.code === '1F') ||
    floors[0];
  openFloor(current ?? null);
  if (kioskId.value === null) kioskId.value = res.data.kiosks[0]?.id ?? null;
  syncKioskDraft();
}

export function openFloor(floor: Floor | null): void {
  floorId.value = floor?.id ?? null;
  const { width, height, areas, nodes, edges } = floor?.layout ?? {
    width: 1000,
    height: 700,
    areas: [],
    nodes: [],
    edges: [],
  };
  draft.value = floor ? structuredClone({ width, height, areas, nodes, edges }) : null;
  dirty.value = false;
  selection.value = null;
  edgeStart.value = null;
  syncKioskDraft();
}

/** The chosen kiosk's saved position, shown on its floor. */
export function syncKioskDraft(): void {
  const kiosk = editorData.value?.kiosks.find((k) => k.id === kioskId.value);
  kioskDraft.value =
    kiosk && kiosk.settings.floorId === floorId.value
      ? { x: kiosk.settings.x, y: kiosk.settings.y, facing: kiosk.settings.facing }
      : null;
}

export const currentFloor = (): Floor | null =>
  editorData.value?.floors.find((f) => f.id === floorId.value) ?? null;

export function edit(change: (layout: FloorLayoutInput) => FloorLayoutInput): void {
  if (!draft.value) return;
  draft.value = change(draft.value);
  dirty.value = true;
  message.value = null;
}

export const snap = (v: number): number => Math.round(v / GRID) * GRID;

/** Every id in use on any floor (ids are unique across the hall) and in the draft. */
function usedIds(): Set<string> {
  const ids = new Set<string>();
  for (const f of editorData.value?.floors ?? []) {
    for (const a of f.layout.areas) ids.add(a.id);
    for (const n of f.layout.nodes) ids.add(n.id);
  }
  for (const a of draft.value?.areas ?? []) ids.add(a.id);
  for (const n of draft.value?.nodes ?? []) ids.add(n.id);
  return ids;
}

export function newId(prefix: 'a' | 'n'): string {
  const code = (currentFloor()?.code ?? 'f').toLowerCase().replace(/[^a-z0-9]/g, '');
  const used = usedIds();
  for (let i = 1; ; i++) {
    const id = `${prefix}-${code}-${i}`;
    if (!used.has(id)) return id;
  }
}

/** The smallest area under a point: a door node belongs to its room, not to the corridor around it. */
export function areaAt(layout: FloorLayoutInput, x: number, y: number): string | null {
  let best: { id: string; size: number } | null = null;
  for (const a of layout.areas) {
    if (x < a.x || y < a.y || x > a.x + a.w || y > a.y + a.h) continue;
    const size = a.w * a.h;
    if (!best || size < best.size) best = { id: a.id, size };
  }
  return best?.id ?? null;
}

export function addArea(
  rect: { x: number; y: number; w: number; h: number },
  kind: AreaKind = 'room',
): string {
  const id = newId('a');
  edit((l) => ({
    ...l,
    areas: [...l.areas, { id, kind, label: '', labelEn: '', ...rect, departmentId: null }],
  }));
  selection.value = { type: 'area', id };
  return id;
}

export function addNode(x: number, y: number): string {
  const id = newId('n');
  edit((l) => ({ ...l, nodes: [...l.nodes, { id, x, y, areaId: areaAt(l, x, y) }] }));
  return id;
}

export function connect(a: string, b: string, stepFree = true): boolean {
  if (a === b || !draft.value) return false;
  const exists = draft.value.edges.some(
    (e) => (e.a === a && e.b === b) || (e.a === b && e.b === a),
  );
  if (exists) return false;
  edit((l) => ({ ...l, edges: [...l.edges, { a, b, stepFree }] }));
  return true;
}

export function deleteSelection(): void {
  const s = selection.value;
  if (!s) return;
  if (s.type === 'area')
    edit((l) => ({
      ...l,
      areas: l.areas.filter((a) => a.id !== s.id),
      nodes: l.nodes.map((n) => (n.areaId === s.id ? { ...n, areaId: null } : n)),
    }));
  if (s.type === 'node')
    edit((l) => ({
      ...l,
      nodes: l.nodes.filter((n) => n.id !== s.id),
      edges: l.edges.filter((e) => e.a !== s.id && e.b !== s.id),
    }));
  if (s.type === 'edge') edit((l) => ({ ...l, edges: l.edges.filter((_, i) => i !== s.index) }));
  selection.value = null;
  edgeStart.value = null;
}

/** All floors as the kiosk would see them once the draft is saved. */
export function floorsWithDraft(): Floor[] {
  const floors = editorData.value?.floors ?? [];
  const layout = draft.value;
  return floors.map((f) => (f.id === floorId.value && layout ? { ...f, layout } : f));
}
