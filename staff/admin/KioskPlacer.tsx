/**
 * Where a kiosk stands on the shown floor and which way its screen faces: choose the kiosk, click
 * the plan with the kiosk tool (or type x, y), set the facing, save. One command per placement.
 */
import { errorText, t } from '../../shared/i18n';
import type { Device } from '../../shared/schemas/devices';
import { api } from '../../shared/ui/api';
import {
  currentFloor,
  draft,
  editorData,
  kioskDraft,
  kioskId,
  loadEditor,
  message,
  syncKioskDraft,
  tool,
} from './floor-editor';

const FACINGS = [0, 45, 90, 135, 180, 225, 270, 315];

export function KioskPlacer() {
  const data = editorData.value;
  const layout = draft.value;
  const floor = currentFloor();
  if (!data || !layout || !floor) return null;
  if (data.kiosks.length === 0) return <p class="hint">{t('floors.noKiosks')}</p>;
  const kiosk = data.kiosks.find((k) => k.id === kioskId.value) ?? null;
  const place = kioskDraft.value;
  const elsewhere =
    kiosk && kiosk.settings.floorId !== null && kiosk.settings.floorId !== floor.id
      ? data.floors.find((f) => f.id === kiosk.settings.floorId)?.name
      : null;

  async function save() {
    const place = kioskDraft.value;
    if (!kiosk || !place || !floor) return;
    const res = await api<{ device: Device }>(`/api/admin/floors/kiosks/${kiosk.id}/place`, {
      method: 'PUT',
      body: {
        floorId: floor.id,
        x: Math.round(place.x),
        y: Math.round(place.y),
        facing: place.facing,
      },
    });
    if (!res.ok) {
      message.value = { kind: 'error', text: errorText(res.error) };
      return;
    }
    message.value = {
      kind: 'ok',
      text: t('floors.kioskSaved', { name: kiosk.name, floor: floor.name }),
    };
    await loadEditor();
  }

  // Reads the signal at the moment of the change: several fields may change before a re-render.
  const set = (patch: Partial<NonNullable<typeof place>>) => {
    const now = kioskDraft.value;
    kioskDraft.value = {
      x: now?.x ?? layout.width / 2,
      y: now?.y ?? layout.height / 2,
      facing: now?.facing ?? 0,
      ...patch,
    };
  };

  return (
    <section class="kiosk-placer" aria-labelledby="kiosk-placer-heading">
      <h3 id="kiosk-placer-heading">{t('floors.kiosks')}</h3>
      <label>
        {t('floors.kiosk')}
        <select
          value={kioskId.value === null ? '' : String(kioskId.value)}
          onChange={(e) => {
            kioskId.value = Number((e.currentTarget as HTMLSelectElement).value);
            syncKioskDraft();
          }}
        >
          {data.kiosks.map((k) => (
            <option key={k.id} value={String(k.id)}>
              {k.name}
            </option>
          ))}
        </select>
      </label>
      {elsewhere && <p class="hint">{t('floors.kioskElsewhere', { floor: elsewhere })}</p>}
      <p class="hint">{t('floors.kioskHint')}</p>
      <div class="num-row">
        <label class="num-field">
          x
          <input
            type="number"
            value={place?.x ?? ''}
            onInput={(e) => set({ x: Number((e.currentTarget as HTMLInputElement).value) })}
          />
        </label>
        <label class="num-field">
          y
          <input
            type="number"
            value={place?.y ?? ''}
            onInput={(e) => set({ y: Number((e.currentTarget as HTMLInputElement).value) })}
          />
        </label>
        <label class="num-field">
          {t('floors.facing')}
          <select
            value={String(place?.facing ?? 0)}
            onChange={(e) => set({ facing: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {FACINGS.map((f) => (
              <option key={f} value={String(f)}>
                {t(`floors.facing.${f}` as 'floors.facing.0')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="row">
        <button
          type="button"
          aria-pressed={tool.value === 'kiosk'}
          onClick={() => (tool.value = 'kiosk')}
        >
          {t('floors.kioskPick')}
        </button>
        <button type="button" class="primary" disabled={!place} onClick={save}>
          {t('floors.kioskSave')}
        </button>
      </div>
    </section>
  );
}
