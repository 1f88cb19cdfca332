/**
 * One floor's plan as SVG, drawn from its FloorLayout: rooms and areas with labels, the kiosk's
 * own position and facing ("현재 위치"), the chosen room highlighted and the route's leg on this
 * floor. Zoom and pan by buttons (+, −, arrows, reset) and by dragging; no pinch needed.
 */
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { lang, nameOf, t } from '../../shared/i18n';
import type { AreaKind, Floor } from '../../shared/schemas/hall';
import './floor-plan.css';

export const ZOOM_STEPS = [1, 1.5, 2, 3] as const;

export type YouAreHere = { x: number; y: number; facing: number };

const FILL: Record<AreaKind, string> = {
  room: 'map-room',
  lobby: 'map-lobby',
  corridor: 'map-corridor',
  elevator: 'map-elevator',
  stairs: 'map-stairs',
  toilet: 'map-toilet',
  'toilet-accessible': 'map-toilet',
  exit: 'map-exit',
  ramp: 'map-ramp',
};

/** Symbols beside the labels, so a plan reads without reading every word. */
const SYMBOL: Partial<Record<AreaKind, string>> = {
  elevator: '⇅',
  stairs: '▤',
  toilet: '🚻',
  'toilet-accessible': '♿',
  exit: '⇲',
  ramp: '♿',
};

export function FloorMap({
  floor,
  here,
  highlightAreaId,
  route,
  transfers,
}: {
  floor: Floor;
  here: YouAreHere | null;
  highlightAreaId: string | null;
  route: { x: number; y: number }[] | null;
  /** Where the route leaves or joins this floor, with what to tell the visitor there. */
  transfers: { x: number; y: number; text: string }[];
}) {
  const zoomIndex = useSignal(0);
  const pan = useSignal({ x: 0, y: 0 });
  const drag = useRef<{ id: number; x: number; y: number; pan: { x: number; y: number } } | null>(
    null,
  );
  const svgRef = useRef<SVGSVGElement>(null);
  const { width, height, areas } = floor.layout;
  const zoom = ZOOM_STEPS[zoomIndex.value] ?? 1;
  const w = width / zoom;
  const h = height / zoom;
  const cx = Math.min(width - w / 2, Math.max(w / 2, width / 2 + pan.value.x));
  const cy = Math.min(height - h / 2, Math.max(h / 2, height / 2 + pan.value.y));
  const viewBox = `${cx - w / 2} ${cy - h / 2} ${w} ${h}`;
  const step = 120 / zoom;
  const move = (dx: number, dy: number) =>
    (pan.value = {
      x: Math.max(-width / 2, Math.min(width / 2, pan.value.x + dx)),
      y: Math.max(-height / 2, Math.min(height / 2, pan.value.y + dy)),
    });
  const en = lang.value === 'en';
  const labelOf = (a: (typeof areas)[number]) => (en ? a.labelEn || a.label : a.label);
  // The room the kiosk stands in is named with "현재 위치 · 로비", not in a label underneath it.
  const hereArea = here
    ? areas.find(
        (a) =>
          a.kind !== 'corridor' &&
          here.x >= a.x &&
          here.x <= a.x + a.w &&
          here.y >= a.y &&
          here.y <= a.y + a.h,
      )
    : undefined;

  return (
    <figure class="floor-map" data-zoom={zoom}>
      <svg
        ref={svgRef}
        viewBox={viewBox}
        role="img"
        aria-label={t('directory.mapOf', { floor: nameOf(floor) })}
        onPointerDown={(e) => {
          drag.current = { id: e.pointerId, x: e.clientX, y: e.clientY, pan: pan.value };
          (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
        }}
        onPointerMove={(e) => {
          const d = drag.current;
          const svg = svgRef.current;
          if (!d || d.id !== e.pointerId || !svg || zoom === 1) return;
          const perPx = w / svg.clientWidth;
          pan.value = {
            x: d.pan.x - (e.clientX - d.x) * perPx,
            y: d.pan.y - (e.clientY - d.y) * perPx,
          };
        }}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
      >
        <rect x={0} y={0} width={width} height={height} class="map-ground" />
        {floor.planUrl && (
          <image
            href={floor.planUrl}
            x={0}
            y={0}
            width={width}
            height={height}
            preserveAspectRatio="xMidYMid meet"
            class="map-plan"
            data-testid="map-plan"
          />
        )}
        {areas.map((a) => {
          const symbol = SYMBOL[a.kind];
          const text = a.kind === 'corridor' || a === hereArea ? '' : labelOf(a);
          const size = Math.max(
            9,
            Math.min(22, (a.w - 8) / Math.max(2, text.length * (en ? 0.55 : 1))),
          );
          const highlighted = a.id === highlightAreaId;
          return (
            <g key={a.id} class={highlighted ? 'map-area map-target' : 'map-area'}>
              <rect
                x={a.x}
                y={a.y}
                width={a.w}
                height={a.h}
                class={highlighted ? 'map-target-fill' : FILL[a.kind]}
              />
              {symbol && a.h >= 50 && (
                <text
                  x={a.x + a.w / 2}
                  y={a.y + a.h / 2 - size}
                  class="map-symbol"
                  font-size={Math.min(26, a.w * 0.5)}
                  aria-hidden="true"
                >
                  {symbol}
                </text>
              )}
              {text && (
                <text
                  x={a.x + a.w / 2}
                  y={a.y + a.h / 2 + (symbol && a.h >= 50 ? size * 0.6 : 0)}
                  class="map-label"
                  font-size={size}
                >
                  {text}
                </text>
              )}
            </g>
          );
        })}
        {route && route.length > 1 && (
          <polyline
            class="map-route"
            points={route.map((p) => `${p.x},${p.y}`).join(' ')}
            data-testid="route-line"
          />
        )}
        {route && route.length > 0 && (
          <circle
            class="map-route-end"
            cx={route[route.length - 1]?.x}
            cy={route[route.length - 1]?.y}
            r={12}
          />
        )}
        {transfers.map((tr, i) => (
          <g key={i} class="map-transfer">
            <circle cx={tr.x} cy={tr.y} r={14} />
            <rect
              x={tr.x - 20 - tr.text.length * 11}
              y={tr.y - 58}
              width={40 + tr.text.length * 22}
              height={36}
              rx={8}
            />
            <text x={tr.x} y={tr.y - 40} font-size={24} class="map-transfer-label">
              {tr.text}
            </text>
          </g>
        ))}
        {here && (
          <g class="map-here" transform={`translate(${here.x} ${here.y})`}>
            <g transform={`rotate(${here.facing})`}>
              <path d="M 0 -34 L 14 -12 L -14 -12 Z" class="map-here-arrow" />
            </g>
            <circle r={13} class="map-here-dot" />
            <text
              y={here.facing > 90 && here.facing < 270 ? -32 : 38}
              font-size={22}
              class="map-here-label"
            >
              {hereArea
                ? `${t('directory.youAreHere')} · ${labelOf(hereArea)}`
                : t('directory.youAreHere')}
            </text>
          </g>
        )}
      </svg>
      <figcaption class="map-controls">
        <button
          type="button"
          aria-label={t('directory.zoomIn')}
          disabled={zoomIndex.value >= ZOOM_STEPS.length - 1}
          onClick={() => (zoomIndex.value = Math.min(ZOOM_STEPS.length - 1, zoomIndex.value + 1))}
        >
          +
        </button>
        <button
          type="button"
          aria-label={t('directory.zoomOut')}
          disabled={zoomIndex.value === 0}
          onClick={() => (zoomIndex.value = Math.max(0, zoomIndex.value - 1))}
        >
          −
        </button>
        <span class="map-zoom" aria-live="polite">
          {Math.round(zoom * 100)}%
        </span>
        {zoom > 1 && (
          <>
            <button
              type="button"
              aria-label={t('directory.panLeft')}
              onClick={() => move(-step, 0)}
            >
              ←
            </button>
            <button type="button" aria-label={t('directory.panUp')} onClick={() => move(0, -step)}>
              ↑
            </button>
            <button type="button" aria-label={t('directory.panDown')} onClick={() => move(0, step)}>
              ↓
            </button>
            <button
              type="button"
              aria-label={t('directory.panRight')}
              onClick={() => move(step, 0)}
            >
              →
            </button>
          </>
        )}
        <button
          type="button"
          onClick={() => {
            zoomIndex.value = 0;
            pan.value = { x: 0, y: 0 };
          }}
        >
          {t('directory.zoomReset')}
        </button>
      </figcaption>
    </figure>
  );
}
