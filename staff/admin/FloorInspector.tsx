/**
 * The selected room, route point or route line, as form fields: numbers for position and size
 * (the keyboard's way to draw), labels in Korean and English, kind, the department in a room,
 * lines to other points (also to elevator and stair landings on other floors), step-free or not.
 */
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n';
import { AreaKind } from '../../shared/schemas/hall';
import {
  addArea,
  addNode,
  connect,
  currentFloor,
  deleteSelection,
  draft,
  edit,
  editorData,
  selection,
} from './floor-editor';
import { DepartmentOptions, TextField } from './fields';

const KINDS = AreaKind.options;

function NumberField({
  label,
  value,
  min = 0,
  onChange,
}: {
  label: string;
  value: number;
  min?: number;
  onChange: (v: number) => void;
}) {
  return (
    <label class="num-field">
      {label}
      <input
        type="number"
        value={value}
        min={min}
        step={1}
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value;
          const v = Number(raw);
          if (raw !== '' && Number.isFinite(v)) onChange(v);
        }}
      />
    </label>
  );
}

export function FloorInspector() {
  const layout = draft.value;
  const sel = selection.value;
  const data = editorData.value;
  const [linkTo, setLinkTo] = useState('');
  if (!layout || !data) return null;

  const addButtons = (
    <div class="row">
      <button
        type="button"
        onClick={() =>
          addArea({
            x: Math.max(0, Math.round(layout.width / 2 / 10) * 10 - 40),
            y: Math.max(0, Math.round(layout.height / 2 / 10) * 10 - 30),
            w: Math.min(80, layout.width),
            h: Math.min(60, layout.height),
          })
        }
      >
        {t('floors.addRoom')}
      </button>
      <button
        type="button"
        onClick={() => {
          const id = addNode(
            Math.round(layout.width / 20) * 10,
            Math.round(layout.height / 20) * 10,
          );
          selection.value = { type: 'node', id };
        }}
      >
        {t('floors.addNode')}
      </button>
    </div>
  );

  if (!sel)
    return (
      <section class="floor-inspector" aria-label={t('floors.inspector')}>
        <p class="hint">{t('floors.nothingSelected')}</p>
        {addButtons}
      </section>
    );

  if (sel.type === 'area') {
    const area = layout.areas.find((a) => a.id === sel.id);
    if (!area) return null;
    const set = (patch: Partial<typeof area>) =>
      edit((l) => ({
        ...l,
        areas: l.areas.map((a) => (a.id === area.id ? { ...a, ...patch } : a)),
      }));
    return (
      <section class="floor-inspector" aria-label={t('floors.inspector')}>
        <h3>
          {t('floors.room')} <code>{area.id}</code>
        </h3>
        <TextField draft={area} set={set} name="label" label={t('floors.label')} maxLength={40} />
        <TextField
          draft={area}
          set={set}
          name="labelEn"
          label={t('floors.labelEn')}
          maxLength={60}
        />
        <label>
          {t('floors.kind')}
          <select
            value={area.kind}
            onChange={(e) =>
              set({ kind: (e.currentTarget as HTMLSelectElement).value as AreaKind })
            }
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`floors.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('floors.department')}
          <select
            value={area.departmentId === null ? '' : String(area.departmentId)}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              const id = v ? Number(v) : null;
              const dept = data.departments.find((d) => d.id === id);
              set({
                departmentId: id,
                ...(dept && !area.label ? { label: dept.name, labelEn: dept.nameEn } : {}),
              });
            }}
          >
            <option value="">{t('floors.noDepartment')}</option>
            <DepartmentOptions departments={data.departments} />
          </select>
        </label>
        <div class="num-row">
          <NumberField label="x" value={area.x} onChange={(x) => set({ x })} />
          <NumberField label="y" value={area.y} onChange={(y) => set({ y })} />
          <NumberField
            label={t('floors.width')}
            value={area.w}
            min={1}
            onChange={(w) => set({ w: Math.max(1, w) })}
          />
          <NumberField
            label={t('floors.height')}
            value={area.h}
            min={1}
            onChange={(h) => set({ h: Math.max(1, h) })}
          />
        </div>
        <div class="row">
          <button type="button" class="danger" onClick={deleteSelection}>
            {t('floors.deleteRoom')}
          </button>
          <button type="button" onClick={() => (selection.value = null)}>
            {t('floors.deselect')}
          </button>
        </div>
      </section>
    );
  }

  if (sel.type === 'node') {
    const node = layout.nodes.find((n) => n.id === sel.id);
    if (!node) return null;
    const set = (patch: Partial<typeof node>) =>
      edit((l) => ({
        ...l,
        nodes: l.nodes.map((n) => (n.id === node.id ? { ...n, ...patch } : n)),
      }));
    const floor = currentFloor();
    // Points it may join: this floor's, and elevator and stair landings of the other floors.
    const candidates = [
      ...layout.nodes
        .filter((n) => n.id !== node.id)
        .map((n) => ({ id: n.id, label: `${floor?.code ?? ''} · ${n.id}` })),
      ...data.floors
        .filter((f) => f.id !== floor?.id)
        .flatMap((f) => {
          const kinds = new Map(f.layout.areas.map((a) => [a.id, a.kind]));
          return f.layout.nodes
            .filter((n) => {
              const kind = n.areaId ? kinds.get(n.areaId) : undefined;
              return kind === 'elevator' || kind === 'stairs' || kind === 'ramp';
            })
            .map((n) => ({
              id: n.id,
              label: `${f.code} · ${n.id} (${t(`floors.kind.${kinds.get(n.areaId ?? '') ?? 'room'}`)})`,
            }));
        }),
    ];
    const links = layout.edges
      .map((e, index) => ({ e, index }))
      .filter(({ e }) => e.a === node.id || e.b === node.id);
    return (
      <section class="floor-inspector" aria-label={t('floors.inspector')}>
        <h3>
          {t('floors.node')} <code>{node.id}</code>
        </h3>
        <div class="num-row">
          <NumberField label="x" value={node.x} onChange={(x) => set({ x })} />
          <NumberField label="y" value={node.y} onChange={(y) => set({ y })} />
        </div>
        <label>
          {t('floors.nodeArea')}
          <select
            value={node.areaId ?? ''}
            onChange={(e) => set({ areaId: (e.currentTarget as HTMLSelectElement).value || null })}
          >
            <option value="">{t('floors.noArea')}</option>
            {layout.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label || a.id} ({t(`floors.kind.${a.kind}`)})
              </option>
            ))}
          </select>
        </label>
        <h4>{t('floors.links')}</h4>
        {links.length === 0 ? (
          <p class="hint">{t('floors.noLinks')}</p>
        ) : (
          <ul class="link-list">
            {links.map(({ e, index }) => {
              const other = e.a === node.id ? e.b : e.a;
              return (
                <li key={index}>
                  <span>→ {other}</span>
                  <label>
                    <input
                      type="checkbox"
                      checked={e.stepFree}
                      onChange={(ev) => {
                        const stepFree = (ev.currentTarget as HTMLInputElement).checked;
                        edit((l) => ({
                          ...l,
                          edges: l.edges.map((x, i) => (i === index ? { ...x, stepFree } : x)),
                        }));
                      }}
                    />
                    {t('floors.stepFree')}
                  </label>
                  <button
                    type="button"
                    aria-label={t('floors.unlink', { id: other })}
                    onClick={() =>
                      edit((l) => ({ ...l, edges: l.edges.filter((_, i) => i !== index) }))
                    }
                  >
                    {t('adminx.delete')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <div class="row">
          <label>
            {t('floors.linkTo')}
            <select
              value={linkTo}
              onChange={(e) => setLinkTo((e.currentTarget as HTMLSelectElement).value)}
            >
              <option value="">—</option>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!linkTo}
            onClick={() => {
              if (connect(node.id, linkTo)) setLinkTo('');
            }}
          >
            {t('floors.link')}
          </button>
        </div>
        <div class="row">
          <button type="button" class="danger" onClick={deleteSelection}>
            {t('floors.deleteNode')}
          </button>
          <button type="button" onClick={() => (selection.value = null)}>
            {t('floors.deselect')}
          </button>
        </div>
      </section>
    );
  }

  const edge = layout.edges[sel.index];
  if (!edge) return null;
  return (
    <section class="floor-inspector" aria-label={t('floors.inspector')}>
      <h3>
        {t('floors.edge')} <code>{edge.a}</code> – <code>{edge.b}</code>
      </h3>
      <label class="check">
        <input
          type="checkbox"
          checked={edge.stepFree}
          onChange={(ev) => {
            const stepFree = (ev.currentTarget as HTMLInputElement).checked;
            edit((l) => ({
              ...l,
              edges: l.edges.map((x, i) => (i === sel.index ? { ...x, stepFree } : x)),
            }));
          }}
        />
        {t('floors.stepFreeLong')}
      </label>
      <div class="row">
        <button type="button" class="danger" onClick={deleteSelection}>
          {t('floors.deleteEdge')}
        </button>
        <button type="button" onClick={() => (selection.value = null)}>
          {t('floors.deselect')}
        </button>
      </div>
    </section>
  );
}
