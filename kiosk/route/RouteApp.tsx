/**
 * The phone route page: the same floor map and steps the kiosk showed, to carry along. Public and
 * read-only: it reads /api/places/<hall> (plans, rooms, department names; nothing of staff).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { lang, nameOf, t } from '../../shared/i18n';
import {
  buildRouteGraph,
  findRoute,
  floorChanges,
  nodeOfArea,
  RouteGraphError,
  type Route,
} from '../../shared/route-graph';
import { RouteLinkQuery, type PublicPlaces } from '../../shared/schemas/floors';
import { api } from '../../shared/ui/api';
import { FloorMap } from '../map/FloorMap';
import { PhoneHeader } from '../ticket/PhoneHeader';

export function RouteApp({ search }: { search: string }) {
  const query = useMemo(() => {
    const parsed = RouteLinkQuery.safeParse(Object.fromEntries(new URLSearchParams(search)));
    return parsed.success ? parsed.data : null;
  }, [search]);
  const places = useSignal<PublicPlaces | null>(null);
  const failed = useSignal(false);
  const stepFree = useSignal(query?.stepfree === '1');
  const shownFloorId = useSignal<number | null>(null);

  useEffect(() => {
    if (!query) return;
    void api<PublicPlaces>(`/api/places/${query.hall}`).then((res) => {
      if (res.ok) places.value = res.data;
      else failed.value = true;
    });
  }, [query]);

  const data = places.value;
  const floors = useMemo(() => [...(data?.floors ?? [])].sort((a, b) => a.sort - b.sort), [data]);
  const graph = useMemo(() => {
    try {
      return buildRouteGraph(floors);
    } catch (error) {
      if (error instanceof RouteGraphError) return null;
      throw error;
    }
  }, [floors]);
  const department = data?.departments.find((d) => d.slug === query?.to) ?? null;
  const area = department
    ? (floors
        .find((f) => f.id === department.floorId)
        ?.layout.areas.find((a) => a.departmentId === department.id) ?? null)
    : null;
  const fromKiosk = !!(query?.from && graph?.nodes.has(query.from));
  const start = fromKiosk ? (query?.from ?? null) : (data?.entranceNode ?? null);
  const route: Route | null = useMemo(() => {
    if (!graph || !area || !start) return null;
    const target = nodeOfArea(graph, area.id);
    return target ? findRoute(graph, start, target, { stepFree: stepFree.value }) : null;
  }, [graph, area, start, stepFree.value]);

  const firstLegFloor = route?.ok ? (route.legs[0]?.floorId ?? null) : null;
  const floor =
    floors.find((f) => f.id === (shownFloorId.value ?? firstLegFloor ?? department?.floorId)) ??
    null;
  const leg = route?.ok ? route.legs.find((l) => l.floorId === floor?.id) : undefined;
  const transfers = floorChanges(route, floor?.id).map(({ x, y, toFloorId }) => {
    const to = floors.find((f) => f.id === toFloorId);
    return { x, y, text: to ? `→ ${nameOf(to)}` : '' };
  });
  const legFloors = route?.ok ? route.legs.map((l) => l.floorId) : [];
  const deptFloor = floors.find((f) => f.id === department?.floorId);

  return (
    <div class="phone route-page">
      <PhoneHeader hall={data?.hall ?? null} />
      <main class="phone-main">
        {!query || (data && !department) ? (
          <p role="alert" class="phone-card">
            {t('routepage.unknown')}
          </p>
        ) : failed.value ? (
          <p role="alert" class="phone-card">
            {t('routepage.failed')}
          </p>
        ) : !data ? (
          <p role="status" class="phone-card">
            {t('routepage.loading')}
          </p>
        ) : (
          department && (
            <>
              <section class="phone-card route-head">
                <h1>{t('routepage.to', { place: nameOf(department) })}</h1>
                <p class="route-where">
                  {[deptFloor ? nameOf(deptFloor) : '', department.room]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p class="route-from">
                  {fromKiosk ? t('routepage.fromKiosk') : t('routepage.fromEntrance')}
                </p>
                <label class="step-free-switch">
                  <input
                    type="checkbox"
                    role="switch"
                    checked={stepFree.value}
                    onChange={(e) =>
                      (stepFree.value = (e.currentTarget as HTMLInputElement).checked)
                    }
                  />
                  {t('routepage.stepFree')}
                </label>
              </section>
              {route?.ok ? (
                <section class="phone-card" aria-labelledby="route-steps-title">
                  <h2 id="route-steps-title">{t('routepage.steps')}</h2>
                  <ol class="route-steps" data-testid="route-steps">
                    {route.steps.map((s, i) => (
                      <li key={i}>{lang.value === 'en' ? s.en : s.ko}</li>
                    ))}
                  </ol>
                </section>
              ) : (
                <p role="alert" class="phone-card">
                  {route ? (lang.value === 'en' ? route.en : route.ko) : t('routepage.unknown')}
                </p>
              )}
              {legFloors.length > 1 && (
                <div class="floor-tabs" role="tablist" aria-label={t('directory.floors')}>
                  {legFloors.map((id) => {
                    const f = floors.find((x) => x.id === id);
                    return (
                      <button
                        key={id}
                        type="button"
                        role="tab"
                        class="floor-tab on-route"
                        aria-selected={id === floor?.id}
                        onClick={() => (shownFloorId.value = id)}
                      >
                        {f?.code}
                      </button>
                    );
                  })}
                </div>
              )}
              {floor && (
                <div class="directory-map route-map">
                  <FloorMap
                    key={floor.id}
                    floor={floor}
                    here={null}
                    highlightAreaId={area?.id ?? null}
                    route={leg?.points ?? null}
                    transfers={transfers}
                  />
                </div>
              )}
            </>
          )
        )}
      </main>
    </div>
  );
}
