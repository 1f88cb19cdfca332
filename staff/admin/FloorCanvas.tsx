/**
 * The floor being edited, drawn on a grid: the uploaded plan underneath, rooms as rectangles,
 * the route graph's points and lines, kiosks with their facing, and the previewed route.
 * Mouse: the tool decides what a click or a drag does. Keyboard: every element is a button
 * (Enter selects it, arrows move it by one grid step, Delete removes it); the inspector has
 * numeric inputs for everything.
 */
import { useRef, useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import type { FloorLayoutInput } from '../../shared/schemas/floors';
import {
  addArea,
  addNode,
  connect,
  deleteSelection,
  draft,
  edgeStart,
  edit,
  editorData,
  floorId,
  GRID,
  kioskDraft,
  kioskId,
  selection,
  snap,
  tool,
} from './floor-editor';

type Point = { x: number; y: number };

export function FloorCanvas({ planUrl, route }: { planUrl: string | null; route: Point[] | null }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<
    | { kind: 'new-room'; from: Point; to: Point }
    | { kind: 'move-area'; id: string; from: Point; origin: Point }
    | { kind: 'move-node'; id: string }
    | null
  >(null);
  const layout = draft.value;
  if (!layout) return null;
  const { width, height } = layout;

  const toPlan = (e: PointerEvent | MouseEvent): Point => {
    const svg = svgRef.current;
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return { x: 0, y: 0 };
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return {
      x: Math.max(0, Math.min(width, snap(p.x))),
      y: Math.max(0, Math.min(height, snap(p.y))),
    };
  };

  const onDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const p = toPlan(e);
    if (tool.value === 'room') {
      setDrag({ kind: 'new-room', from: p, to: p });
      svgRef.current?.setPointerCapture?.(e.pointerId);
    } else if (tool.value === 'node') {
      const id = addNode(p.x, p.y);
      selection.value = { type: 'node', id };
    } else if (tool.value === 'kiosk' && kioskId.value !== null) {
      kioskDraft.value = { x: p.x, y: p.y, facing: kioskDraft.value?.facing ?? 0 };
    } else if (tool.value === 'select') {
      selection.value = null;
    }
  };
  const onMove = (e: PointerEvent) => {
    if (!drag) return;
    const p = toPlan(e);
    if (drag.kind === 'new-room') setDrag({ ...drag, to: p });
    else if (drag.kind === 'move-area') {
      const dx = p.x - drag.from.x;
      const dy = p.y - drag.from.y;
      edit((l) => ({
        ...l,
        areas: l.areas.map((a) =>
          a.id === drag.id
            ? {
                ...a,
                x: Math.max(0, Math.min(width - a.w, drag.origin.x + dx)),
                y: Math.max(0, Math.min(height - a.h, drag.origin.y + dy)),
              }
            : a,
        ),
      }));
    } else if (drag.kind === 'move-node') {
      edit((l) => ({
        ...l,
        nodes: l.nodes.map((n) => (n.id === drag.id ? { ...n, x: p.x, y: p.y } : n)),
      }));
    }
  };
  const onUp = () => {
    if (drag?.kind === 'new-room') {
      const x = Math.min(drag.from.x, drag.to.x);
      const y = Math.min(drag.from.y, drag.to.y);
      let w = Math.abs(drag.to.x - drag.from.x);
      let h = Math.abs(drag.to.y - drag.from.y);
      // A click without a drag makes a room of a usual size.
      if (w < GRID * 2 || h < GRID * 2) {
        w = Math.min(80, width - x);
        h = Math.min(60, height - y);
      }
      if (w > 0 && h > 0) addArea({ x, y, w, h });
    }
    setDrag(null);
  };

  const clickNode = (id: string) => {
    if (tool.value === 'edge') {
      const start = edgeStart.value;
      if (start === null || start === id) {
        edgeStart.value = id;
        selection.value = { type: 'node', id };
      } else {
        connect(start, id);
        edgeStart.value = null;
        const index = (draft.value?.edges.length ?? 1) - 1;
        selection.value = { type: 'edge', index };
      }
      return;
    }
    selection.value = { type: 'node', id };
  };

  const nudge = (e: KeyboardEvent, move: (dx: number, dy: number) => void) => {
    const step: Record<string, Point> = {
      ArrowLeft: { x: -GRID, y: 0 },
      ArrowRight: { x: GRID, y: 0 },
      ArrowUp: { x: 0, y: -GRID },
      ArrowDown: { x: 0, y: GRID },
    };
    const d = step[e.key];
    if (d) {
      e.preventDefault();
      move(d.x, d.y);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      deleteSelection();
    }
  };
  const moveArea = (id: string) => (dx: number, dy: number) =>
    edit((l: FloorLayoutInput) => ({
      ...l,
      areas: l.areas.map((a) =>
        a.id === id
          ? {
              ...a,
              x: Math.max(0, Math.min(width - a.w, a.x + dx)),
              y: Math.max(0, Math.min(height - a.h, a.y + dy)),
            }
          : a,
      ),
    }));
  const moveNode = (id: string) => (dx: number, dy: number) =>
    edit((l: FloorLayoutInput) => ({
      ...l,
      nodes: l.nodes.map((n) =>
        n.id === id
          ? {
              ...n,
              x: Math.max(0, Math.min(width, n.x + dx)),
              y: Math.max(0, Math.min(height, n.y + dy)),
            }
          : n,
      ),
    }));

  const nodes = new Map(layout.nodes.map((n) => [n.id, n]));
  const sel = selection.value;
  const departments = new Map((editorData.value?.departments ?? []).map((d) => [d.id, d]));
  const kiosks = (editorData.value?.kiosks ?? []).filter(
    (k) => k.settings.floorId === floorId.value && k.id !== kioskId.value,
  );
  const newRoom =
    drag?.kind === 'new-room'
      ? {
          x: Math.min(drag.from.x, drag.to.x),
          y: Math.min(drag.from.y, drag.to.y),
          w: Math.abs(drag.to.x - drag.from.x),
          h: Math.abs(drag.to.y - drag.from.y),
        }
      : null;

  return (
    <div class="floor-canvas-wrap">
      <svg
        ref={svgRef}
        class={`floor-canvas tool-${tool.value}`}
        viewBox={`-10 -10 ${width + 20} ${height + 20}`}
        role="group"
        aria-label={t('floors.canvas')}
        data-testid="floor-canvas"
        onPointerDown={onDown}
        onPointerMove={onMove}
        onPointerUp={onUp}
        onPointerCancel={() => setDrag(null)}
      >
        <defs>
          <pattern id="floor-grid" width={GRID * 5} height={GRID * 5} patternUnits="userSpaceOnUse">
            <path d={`M ${GRID * 5} 0 L 0 0 0 ${GRID * 5}`} class="grid-major" />
          </pattern>
        </defs>
        <rect x={0} y={0} width={width} height={height} class="canvas-ground" />
        {planUrl && (
          <image
            href={planUrl}
            x={0}
            y={0}
            width={width}
            height={height}
            preserveAspectRatio="xMidYMid meet"
            class="canvas-plan"
          />
        )}
        <rect x={0} y={0} width={width} height={height} fill="url(#floor-grid)" />
        {layout.areas.map((a) => {
          const selected = sel?.type === 'area' && sel.id === a.id;
          const dept = a.departmentId === null ? null : departments.get(a.departmentId);
          const name = a.label || dept?.name || a.id;
          return (
            <g
              key={a.id}
              class={`canvas-area kind-${a.kind}${selected ? ' selected' : ''}`}
              role="button"
              tabIndex={0}
              aria-label={t('floors.areaButton', { name, kind: t(`floors.kind.${a.kind}`) })}
              aria-pressed={selected}
              onPointerDown={(e) => {
                if (tool.value !== 'select') return;
                e.stopPropagation();
                selection.value = { type: 'area', id: a.id };
                setDrag({
                  kind: 'move-area',
                  id: a.id,
                  from: toPlan(e),
                  origin: { x: a.x, y: a.y },
                });
                svgRef.current?.setPointerCapture?.(e.pointerId);
              }}
              onFocus={() => (selection.value = { type: 'area', id: a.id })}
              onKeyDown={(e) => nudge(e, moveArea(a.id))}
            >
              <rect x={a.x} y={a.y} width={a.w} height={a.h} />
              <text x={a.x + a.w / 2} y={a.y + a.h / 2} font-size={Math.min(16, a.w / 5 + 4)}>
                {name}
              </text>
            </g>
          );
        })}
        {newRoom && (
          <rect
            class="canvas-new-room"
            x={newRoom.x}
            y={newRoom.y}
            width={newRoom.w}
            height={newRoom.h}
          />
        )}
        {layout.edges.map((e, i) => {
          const a = nodes.get(e.a);
          const b = nodes.get(e.b);
          if (!a || !b) return null;
          const selected = sel?.type === 'edge' && sel.index === i;
          return (
            <g
              key={`${e.a}-${e.b}-${i}`}
              class={`canvas-edge${e.stepFree ? ' step-free' : ' steps'}${selected ? ' selected' : ''}`}
              role="button"
              tabIndex={0}
              aria-label={t(e.stepFree ? 'floors.edgeButtonStepFree' : 'floors.edgeButton', {
                a: e.a,
                b: e.b,
              })}
              aria-pressed={selected}
              onPointerDown={(ev) => {
                if (tool.value !== 'select' && tool.value !== 'edge') return;
                ev.stopPropagation();
                selection.value = { type: 'edge', index: i };
              }}
              onFocus={() => (selection.value = { type: 'edge', index: i })}
              onKeyDown={(ev) => nudge(ev, () => undefined)}
            >
              <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} class="edge-hit" />
              <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} class="edge-line" />
            </g>
          );
        })}
        {route && route.length > 1 && (
          <polyline
            class="canvas-route"
            points={route.map((p) => `${p.x},${p.y}`).join(' ')}
            data-testid="preview-route"
          />
        )}
        {layout.nodes.map((n) => {
          const selected = sel?.type === 'node' && sel.id === n.id;
          const linksAway = layout.edges.some(
            (e) => (e.a === n.id && !nodes.has(e.b)) || (e.b === n.id && !nodes.has(e.a)),
          );
          return (
            <g
              key={n.id}
              class={`canvas-node${selected ? ' selected' : ''}${edgeStart.value === n.id ? ' edge-start' : ''}`}
              role="button"
              tabIndex={0}
              aria-label={t('floors.nodeButton', { id: n.id })}
              aria-pressed={selected}
              onPointerDown={(e) => {
                if (tool.value === 'room' || tool.value === 'kiosk') return;
                e.stopPropagation();
                clickNode(n.id);
                if (tool.value === 'select') {
                  setDrag({ kind: 'move-node', id: n.id });
                  svgRef.current?.setPointerCapture?.(e.pointerId);
                }
              }}
              onFocus={() => {
                if (tool.value !== 'edge') selection.value = { type: 'node', id: n.id };
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  clickNode(n.id);
                } else nudge(e, moveNode(n.id));
              }}
            >
              <circle cx={n.x} cy={n.y} r={9} class="node-hit" />
              <circle
                cx={n.x}
                cy={n.y}
                r={selected ? 7 : 5}
                class={linksAway ? 'node-dot vertical' : 'node-dot'}
              />
            </g>
          );
        })}
        {kiosks.map((k) => (
          <g
            key={k.id}
            class="canvas-kiosk other"
            transform={`translate(${k.settings.x} ${k.settings.y})`}
          >
            <g transform={`rotate(${k.settings.facing})`}>
              <path d="M 0 -22 L 9 -6 L -9 -6 Z" />
            </g>
            <circle r={8} />
            <title>{k.name}</title>
          </g>
        ))}
        {kioskDraft.value && (
          <g
            class="canvas-kiosk"
            data-testid="kiosk-marker"
            transform={`translate(${kioskDraft.value.x} ${kioskDraft.value.y})`}
          >
            <g transform={`rotate(${kioskDraft.value.facing})`}>
              <path d="M 0 -26 L 11 -8 L -11 -8 Z" />
            </g>
            <circle r={10} />
          </g>
        )}
      </svg>
    </div>
  );
}
