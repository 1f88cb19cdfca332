/** A small floor plan with the calling kiosk's spot, so the helper knows where to go. */
import { nameOf, t } from '../../shared/i18n';
import type { Floor } from '../../shared/schemas/hall';

export function GuideFloorMap({ floor, x, y }: { floor: Floor; x: number; y: number }) {
  const { width, height, areas } = floor.layout;
  const r = Math.max(width, height) / 40;
  return (
    <svg
      class="guide-map"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('guide.floorMap', { floor: nameOf(floor) })}
    >
      {areas.map((area) => (
        <rect
          key={area.id}
          x={area.x}
          y={area.y}
          width={area.w}
          height={area.h}
          class={`guide-map-area ${area.kind}`}
        />
      ))}
      <circle cx={x} cy={y} r={r * 1.8} class="guide-map-halo" />
      <circle cx={x} cy={y} r={r} class="guide-map-spot" />
    </svg>
  );
}
