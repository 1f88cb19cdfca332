/**
 * Route preview: from a kiosk or a place to another place, with the kiosk's own shortest-path
 * search (shared/route-graph.ts) over the floors as they will be once the draft is saved.
 * The line is drawn on the canvas; the steps are the words the kiosk will show.
 */
import type { Signal } from '@preact/signals';
import { t } from '../../shared/i18n';
import {
  buildRouteGraph,
  findRoute,
  nearestNode,
  nodeOfArea,
  RouteGraphError,
  type Route,
} from '../../shared/route-graph';
import { editorData, floorsWithDraft } from './floor-editor';

export type PreviewQuery = { from: string; to: string; stepFree: boolean };

/** The places a route may start or end at: kiosks, and every area with a route point. */
function places() {
  const floors = floorsWithDraft();
  const kiosks = (editorData.value?.kiosks ?? [])
    .filter((k) => k.settings.floorId !== null)
    .map((k) => {
      const f = floors.find((x) => x.id === k.settings.floorId);
      return {
        value: `k:${k.id}`,
        label: `${f?.code ?? ''} · ${t('floors.kioskNamed', { name: k.name })}`,
      };
    });
  const areas = floors.flatMap((f) =>
    f.layout.areas
      .filter((a) => a.kind !== 'corridor' && f.layout.nodes.some((n) => n.areaId === a.id))
      .map((a) => ({ value: `a:${a.id}`, label: `${f.code} · ${a.label || a.id}` })),
  );
  return [...kiosks, ...areas];
}

/** The route for a query, or the reason there is none. */
export function previewRoute(
  query: PreviewQuery,
): Route | { ok: false; ko: string; en: string; problems?: string[] } | null {
  if (!query.from || !query.to) return null;
  const floors = floorsWithDraft();
  let graph;
  try {
    graph = buildRouteGraph(floors);
  } catch (error) {
    if (error instanceof RouteGraphError)
      return {
        ok: false,
        ko: t('floors.graphBroken', {}, 'ko'),
        en: t('floors.graphBroken', {}, 'en'),
        problems: error.problems,
      };
    throw error;
  }
  const nodeOf = (place: string): string | null => {
    if (place.startsWith('k:')) {
      const kiosk = editorData.value?.kiosks.find((k) => `k:${k.id}` === place);
      const s = kiosk?.settings;
      return s && s.floorId !== null ? nearestNode(graph, s.floorId, s.x, s.y) : null;
    }
    return nodeOfArea(graph, place.slice(2));
  };
  const from = nodeOf(query.from);
  const to = nodeOf(query.to);
  if (!from || !to)
    return {
      ok: false,
      ko: t('floors.noNodeThere', {}, 'ko'),
      en: t('floors.noNodeThere', {}, 'en'),
    };
  return findRoute(graph, from, to, { stepFree: query.stepFree });
}

export function FloorRoutePreview({ query }: { query: Signal<PreviewQuery> }) {
  const options = places();
  const q = query.value;
  const route = previewRoute(q);
  const floors = floorsWithDraft();
  const select = (key: 'from' | 'to', label: string) => (
    <label>
      {label}
      <select
        value={q[key]}
        onChange={(e) =>
          (query.value = { ...q, [key]: (e.currentTarget as HTMLSelectElement).value })
        }
      >
        <option value="">—</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section class="floor-preview" aria-labelledby="floor-preview-heading">
      <h3 id="floor-preview-heading">{t('floors.preview')}</h3>
      <div class="row">
        {select('from', t('floors.previewFrom'))}
        {select('to', t('floors.previewTo'))}
        <label class="check">
          <input
            type="checkbox"
            checked={q.stepFree}
            onChange={(e) =>
              (query.value = { ...q, stepFree: (e.currentTarget as HTMLInputElement).checked })
            }
          />
          {t('floors.previewStepFree')}
        </label>
      </div>
      {route &&
        (route.ok ? (
          <div role="status">
            <p>
              {t('floors.previewFloors', {
                floors: route.legs
                  .map((l) => floors.find((f) => f.id === l.floorId)?.code ?? '')
                  .join(' → '),
              })}
            </p>
            <ol class="preview-steps" data-testid="preview-steps">
              {route.steps.map((s, i) => (
                <li key={i}>{s.ko}</li>
              ))}
            </ol>
          </div>
        ) : (
          <div role="alert" class="error-text">
            <p>{route.ko}</p>
            {'problems' in route && route.problems && (
              <ul>
                {route.problems.slice(0, 5).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        ))}
    </section>
  );
}
