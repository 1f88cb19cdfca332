/**
 * 층과 지도: each floor's plan for the kiosks' maps. Upload a plan (SVG, PNG, JPEG) to draw under
 * the rooms; draw rooms on a grid and place departments in them; draw the route graph (points and
 * lines, step-free or not); place the kiosks; preview a route. Saving is one command for the floor;
 * every kiosk, guide tablet and office door shows the new map at once.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import type { Floor } from '../../shared/schemas/hall';
import { api } from '../../shared/ui/api';
import { FloorCanvas } from './FloorCanvas';
import { FloorInspector } from './FloorInspector';
import { FloorRoutePreview, previewRoute, type PreviewQuery } from './FloorRoutePreview';
import { KioskPlacer } from './KioskPlacer';
import {
  currentFloor,
  dirty,
  draft,
  edgeStart,
  editorData,
  floorId,
  loadEditor,
  message,
  openFloor,
  tool,
  type Tool,
} from './floor-editor';
import './floors.css';

const TOOLS: {
  id: Tool;
  label:
    | 'floors.tool.select'
    | 'floors.tool.room'
    | 'floors.tool.node'
    | 'floors.tool.edge'
    | 'floors.tool.kiosk';
}[] = [
  { id: 'select', label: 'floors.tool.select' },
  { id: 'room', label: 'floors.tool.room' },
  { id: 'node', label: 'floors.tool.node' },
  { id: 'edge', label: 'floors.tool.edge' },
  { id: 'kiosk', label: 'floors.tool.kiosk' },
];

export function FloorsSection() {
  const saving = useSignal(false);
  const preview = useSignal<PreviewQuery>({ from: '', to: '', stepFree: false });
  const fileRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    message.value = null;
    void loadEditor(false);
  }, []);
  const data = editorData.value;
  const floor = currentFloor();
  if (!data) return <p role="status">{t('floors.loading')}</p>;
  const floors = [...data.floors].sort((a, b) => a.sort - b.sort);

  async function save() {
    if (!floor || !draft.value) return;
    saving.value = true;
    const res = await api<{ floor: Floor }>(`/api/admin/floors/${floor.id}/layout`, {
      method: 'PUT',
      body: draft.value,
    });
    saving.value = false;
    if (!res.ok) {
      // The server's sentence names the exact problem; the Korean one says what to do.
      const known = res.error.code === 'graph_invalid' || res.error.code === 'area_outside';
      message.value = {
        kind: 'error',
        text: known
          ? // The Korean sentence says what to fix; the server's detail names the point or area.
            `${t(res.error.code === 'graph_invalid' ? 'floors.graphInvalid' : 'floors.areaOutside')} (${(res.error.details ?? []).map((d) => d.message).join(', ') || res.error.code})`
          : errorText(res.error),
      };
      return;
    }
    await loadEditor();
    message.value = { kind: 'ok', text: t('floors.saved', { floor: floor.name }) };
  }

  async function upload(event: Event) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!floor || !file) return;
    const form = new FormData();
    form.set('file', file);
    const res = await api<{ removed?: string[] }>(`/api/admin/floors/${floor.id}/plan`, {
      raw: { body: form },
    });
    if (!res.ok) {
      const text = res.status === 0 ? t('floors.offline') : errorText(res.error);
      message.value = { kind: 'error', text };
      return;
    }
    if (fileRef.current) fileRef.current.value = '';
    const keep = draft.value;
    const wasDirty = dirty.value;
    await loadEditor();
    // An upload does not throw away rooms drawn but not yet saved.
    if (wasDirty && keep) {
      draft.value = keep;
      dirty.value = true;
    }
    const removed = res.data.removed ?? [];
    message.value = {
      kind: 'ok',
      text:
        removed.length > 0
          ? t('floors.planCleaned', { removed: removed.slice(0, 6).join(', ') })
          : t('floors.planSaved'),
    };
  }

  async function removePlan() {
    if (!floor) return;
    const res = await api<{ floor: Floor }>(`/api/admin/floors/${floor.id}/plan`, {
      method: 'DELETE',
    });
    if (!res.ok) {
      message.value = { kind: 'error', text: errorText(res.error) };
      return;
    }
    await loadEditor();
    message.value = { kind: 'ok', text: t('floors.planRemoved') };
  }

  const route = previewRoute(preview.value);
  const routeHere = route?.ok
    ? (route.legs.find((l) => l.floorId === floorId.value)?.points ?? null)
    : null;

  return (
    <section class="card stack floors-section" aria-labelledby="floors-heading">
      <h2 id="floors-heading">{t('adminx.nav.floors')}</h2>
      <div class="floor-tabs" role="tablist" aria-label={t('floors.floors')}>
        {floors.map((f) => (
          <button
            key={f.id}
            type="button"
            role="tab"
            aria-selected={f.id === floor?.id}
            onClick={() => {
              if (dirty.value && !window.confirm(t('floors.discard'))) return;
              openFloor(f);
              message.value = null;
            }}
          >
            {f.code}
          </button>
        ))}
      </div>
      {floor && draft.value && (
        <>
          <div class="floor-toolbar" role="toolbar" aria-label={t('floors.tools')}>
            {TOOLS.map((x) => (
              <button
                key={x.id}
                type="button"
                aria-pressed={tool.value === x.id}
                onClick={() => {
                  tool.value = x.id;
                  edgeStart.value = null;
                }}
              >
                {t(x.label)}
              </button>
            ))}
            <span class="toolbar-gap" />
            <button
              type="button"
              class="primary"
              disabled={!dirty.value || saving.value}
              onClick={save}
            >
              {t('floors.save', { floor: floor.code })}
            </button>
            <button
              type="button"
              disabled={!dirty.value}
              onClick={() => {
                openFloor(floor);
                message.value = null;
              }}
            >
              {t('floors.revert')}
            </button>
          </div>
          <p class="hint" aria-live="polite">
            {t(`floors.help.${tool.value}`)}
            {tool.value === 'edge' &&
              edgeStart.value &&
              ` ${t('floors.edgeFrom', { id: edgeStart.value })}`}
          </p>
          {message.value && (
            <p
              role={message.value.kind === 'error' ? 'alert' : 'status'}
              class={message.value.kind === 'error' ? 'error-text' : 'ok-text'}
            >
              {message.value.text}
            </p>
          )}
          <div class="floor-editor">
            <FloorCanvas planUrl={floor.planUrl ?? null} route={routeHere} />
            <div class="floor-side stack">
              <FloorInspector />
              <KioskPlacer />
            </div>
          </div>
          <FloorRoutePreview query={preview} />
          <form class="floor-plan-upload" onSubmit={upload} aria-labelledby="floor-plan-heading">
            <h3 id="floor-plan-heading">{t('floors.plan')}</h3>
            <p class="hint">{t('floors.planHint')}</p>
            <div class="row">
              <label>
                {t('floors.planFile')}
                <input
                  ref={fileRef}
                  type="file"
                  accept=".svg,.png,.jpg,.jpeg,image/svg+xml,image/png,image/jpeg"
                  required
                />
              </label>
              <button type="submit">{t('floors.planUpload')}</button>
              {floor.planUrl && (
                <button type="button" class="danger" onClick={removePlan}>
                  {t('floors.planRemove')}
                </button>
              )}
            </div>
          </form>
        </>
      )}
    </section>
  );
}
