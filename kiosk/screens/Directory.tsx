/**
 * 층별 안내 · 부서 찾기: one search box (on-screen Korean keyboard, 초성, English) across
 * departments, tasks and officers; floor tabs with each floor's plan; a chosen department's room
 * highlighted with the route from this kiosk and its steps, step-free on request.
 * Everything here lives in the component: a reset unmounts it, so nothing reaches the next visitor.
 */
import { useComputed, useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { lang, nameOf, t } from '../../shared/i18n';
import {
  buildRouteGraph,
  findRoute,
  floorChanges,
  nearestNode,
  nodeOfArea,
  RouteGraphError,
  type Route,
  type RouteGraph,
} from '../../shared/route-graph';
import { searchDirectory, type SearchHit } from '../../shared/search/directory-search';
import { composeJamo } from '../../shared/search/hangul';
import { useKiosk } from '../context';
import { FloorMap, type YouAreHere } from '../map/FloorMap';
import { HangulKeyboard } from '../map/HangulKeyboard';
import type { KioskRoute } from '../state';
import { DirectoryDepartment } from './DirectoryDepartment';
import { RouteQr } from '../route/RouteQr';
import { routeLink } from '../route/route-link';
import '../map/directory.css';

/** The tasks most visitors come for, offered as one-tap chips when they find something here. */
export const COMMON_TASKS = [
  '여권',
  '전입신고',
  '인감',
  '가족관계',
  '자동차',
  '건축',
  '취득세',
  '복지',
];

export function Directory({ route }: { route: Extract<KioskRoute, { screen: 'directory' }> }) {
  const { hall } = useKiosk();
  const keys = useSignal<string[]>(route.query ? [...route.query] : []);
  const chosen = useSignal<{ departmentId: number; staffId: number | null } | null>(
    // From the staff finder's "자리와 가는 길": the office's route, the officer's desk highlighted.
    route.departmentId
      ? { departmentId: route.departmentId, staffId: route.staffId ?? null }
      : null,
  );
  const stepFree = useSignal(false);
  const keyboardOpen = useSignal(!route.departmentId);
  const query = useComputed(() => composeJamo(keys.value));

  const floors = useMemo(() => [...hall.floors].sort((a, b) => a.sort - b.sort), [hall.floors]);
  const graph = useMemo<RouteGraph | null>(() => {
    try {
      return buildRouteGraph(floors);
    } catch (error) {
      if (error instanceof RouteGraphError) return null;
      throw error;
    }
  }, [floors]);

  // A kiosk moved in the admin's 층과 지도 shows its new place at once (kioskPlaces is live).
  const settings = hall.kioskPlaces?.find((p) => p.id === hall.device.id) ?? hall.device.settings;
  const hereFloorId = settings.floorId ?? floors.find((f) => f.sort === 1)?.id ?? null;
  const here: YouAreHere | null =
    settings.floorId !== null ? { x: settings.x, y: settings.y, facing: settings.facing } : null;
  const startNode =
    graph && hereFloorId !== null && here ? nearestNode(graph, hereFloorId, here.x, here.y) : null;

  const department = chosen.value
    ? (hall.departments.find((d) => d.id === chosen.value?.departmentId) ?? null)
    : null;
  const targetArea = department
    ? (floors
        .find((f) => f.id === department.floorId)
        ?.layout.areas.find((a) => a.departmentId === department.id) ?? null)
    : null;
  const found: Route | null = useMemo(() => {
    if (!department) return null;
    const target = graph && targetArea ? nodeOfArea(graph, targetArea.id) : null;
    if (!graph || !startNode || !target)
      return {
        ok: false,
        reason: 'unknown',
        ko: t('directory.askGuide', {}, 'ko'),
        en: t('directory.askGuide', {}, 'en'),
      };
    return findRoute(graph, startNode, target, { stepFree: stepFree.value });
  }, [graph, department, targetArea, startNode, stepFree.value]);

  const shownFloorId = useSignal<number | null>(department?.floorId ?? hereFloorId);
  const floor = floors.find((f) => f.id === shownFloorId.value) ?? floors[0] ?? null;
  const routeFloors = new Set(found?.ok ? found.legs.map((l) => l.floorId) : []);

  const hits = query.value.trim()
    ? searchDirectory(query.value, hall.departments, hall.staff, 6)
    : [];
  const chips = COMMON_TASKS.filter(
    (task) => searchDirectory(task, hall.departments, [], 1).length > 0,
  );

  const choose = (hit: SearchHit | { departmentId: number; kind: 'department' }) => {
    chosen.value = {
      departmentId: hit.departmentId,
      staffId: hit.kind === 'staff' && 'staffId' in hit ? hit.staffId : null,
    };
    const d = hall.departments.find((x) => x.id === hit.departmentId);
    shownFloorId.value = d?.floorId ?? hereFloorId;
    keyboardOpen.value = false;
  };

  const leg = found?.ok ? found.legs.find((l) => l.floorId === floor?.id) : undefined;
  const transfers = floorChanges(found, floor?.id).map(({ x, y, toFloorId }) => {
    const to = floors.find((f) => f.id === toFloorId);
    return { x, y, text: to ? `→ ${nameOf(to)}` : '' };
  });

  const hitLabel = (hit: SearchHit) => {
    const d = hall.departments.find((x) => x.id === hit.departmentId);
    const f = floors.find((x) => x.id === d?.floorId);
    const where = `${f ? nameOf(f) : ''} ${d?.room ?? ''}`.trim();
    if (hit.kind === 'staff') {
      const s = hall.staff.find((x) => x.id === hit.staffId);
      return {
        title: s?.name ?? '',
        detail: [d ? nameOf(d) : '', s?.team ?? '', hit.via === 'duty' ? hit.matched : '']
          .filter(Boolean)
          .join(' · '),
        where,
      };
    }
    return {
      title: d ? nameOf(d) : '',
      detail: hit.via === 'task' ? t('directory.forTask', { task: hit.matched }) : '',
      where,
    };
  };

  return (
    <main class="kiosk-main directory">
      <h1>{t('directory.title')}</h1>
      <div class="directory-search">
        <label for="directory-query" class="visually-hidden">
          {t('directory.search')}
        </label>
        <input
          id="directory-query"
          type="search"
          inputMode="none"
          autoComplete="off"
          placeholder={t('directory.searchHint')}
          value={query.value}
          onInput={(e) => (keys.value = [...(e.currentTarget as HTMLInputElement).value])}
          onFocus={() => (keyboardOpen.value = true)}
        />
        {!keyboardOpen.value && (
          <button type="button" onClick={() => (keyboardOpen.value = true)}>
            {t('directory.openKeyboard')}
          </button>
        )}
      </div>

      {query.value.trim() && (keyboardOpen.value || !department) ? (
        <section aria-label={t('directory.results')} class="directory-results" data-speak>
          {hits.length === 0 ? (
            <p class="directory-none" role="status">
              {t('directory.noResults')}
            </p>
          ) : (
            <ul>
              {hits.map((hit) => {
                const label = hitLabel(hit);
                return (
                  <li key={hit.kind === 'staff' ? `s${hit.staffId}` : `d${hit.departmentId}`}>
                    <button type="button" class="directory-hit" onClick={() => choose(hit)}>
                      <span class="hit-title">{label.title}</span>
                      <span class="hit-detail">
                        {[label.detail, label.where].filter(Boolean).join(' · ')}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ) : (
        !department && (
          <ul class="directory-chips" aria-label={t('directory.commonTasks')}>
            {chips.map((task) => (
              <li key={task}>
                <button type="button" onClick={() => (keys.value = [...task])}>
                  {task}
                </button>
              </li>
            ))}
          </ul>
        )
      )}

      {keyboardOpen.value && (
        <HangulKeyboard
          onKey={(key) => (keys.value = [...keys.value, key])}
          onBackspace={() => (keys.value = keys.value.slice(0, -1))}
          onClear={() => (keys.value = [])}
        />
      )}

      <div class="floor-tabs" role="tablist" aria-label={t('directory.floors')}>
        {floors.map((f) => (
          <button
            key={f.id}
            type="button"
            role="tab"
            aria-selected={f.id === floor?.id}
            class={routeFloors.has(f.id) ? 'floor-tab on-route' : 'floor-tab'}
            onClick={() => (shownFloorId.value = f.id)}
          >
            {f.code}
          </button>
        ))}
      </div>

      {floor && (
        <div role="tabpanel" aria-label={nameOf(floor)} class="directory-map">
          <FloorMap
            key={floor.id}
            floor={floor}
            here={floor.id === hereFloorId ? here : null}
            highlightAreaId={targetArea?.id ?? null}
            route={leg?.points ?? null}
            transfers={transfers}
          />
        </div>
      )}

      {department && (
        <section class="directory-route" aria-labelledby="directory-route-title">
          <div class="directory-route-head">
            <h2 id="directory-route-title">
              {t('directory.routeTo', { place: nameOf(department) })}
            </h2>
            <label class="step-free-switch">
              <input
                type="checkbox"
                role="switch"
                checked={stepFree.value}
                onChange={(e) => (stepFree.value = (e.currentTarget as HTMLInputElement).checked)}
              />
              {t('directory.stepFree')}
            </label>
          </div>
          {found?.ok ? (
            <>
              <ol class="route-steps" data-speak>
                {found.steps.map((s, i) => (
                  <li key={i}>{lang.value === 'en' ? s.en : s.ko}</li>
                ))}
              </ol>
              <RouteQr
                url={routeLink(window.location.origin, {
                  hall: hall.hall.id,
                  to: department.slug,
                  from: startNode,
                  stepFree: stepFree.value,
                })}
              />
            </>
          ) : (
            <p role="alert" class="route-failed">
              {found ? (lang.value === 'en' ? found.en : found.ko) : ''}
            </p>
          )}
        </section>
      )}

      {!keyboardOpen.value && department && (
        <DirectoryDepartment
          department={department}
          floor={floors.find((f) => f.id === department.floorId) ?? null}
          highlightStaffId={chosen.value?.staffId ?? null}
        />
      )}
    </main>
  );
}
