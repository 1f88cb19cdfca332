/** Renames and places one device: floor and position, mounting height, viewing distance, screen size → px/mm. */
import { useState } from 'preact/hooks';
import { pxPerMmOf } from '../../shared/schemas/admin';
import type { Device } from '../../shared/schemas/devices';
import { t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { adminHall } from './use-admin-hall';
import {
  FieldError,
  formErrors,
  FormErrorsProvider,
  NO_ERRORS,
  SaveRow,
  TextField,
  type FormErrors,
} from './fields';

type Draft = {
  name: string;
  floorId: string;
  x: string;
  y: string;
  bottom: string;
  distance: string;
  diagonal: string;
  resolution: string;
};

export function DeviceEditor({ device, onDone }: { device: Device; onDone: () => void }) {
  const s = device.settings;
  const [draft, setDraft] = useState<Draft>({
    name: device.name,
    floorId: s.floorId === null ? '' : String(s.floorId),
    x: String(s.x),
    y: String(s.y),
    bottom: String(s.screenBottomMm),
    distance: String(s.viewingDistanceMm),
    diagonal: s.panelInch ? String(s.panelInch) : '',
    resolution: '1920x1080',
  });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const bind = { draft, set: setDraft };
  const diagonal = Number(draft.diagonal);
  const [w, h] = draft.resolution.split(/[x×*]/).map(Number);
  const computed = diagonal > 0 && w && h ? pxPerMmOf(diagonal, w, h) : s.pxPerMm;

  async function save(event: Event) {
    event.preventDefault();
    const res = await api(`/api/admin/devices/${device.id}`, {
      method: 'PUT',
      body: {
        name: draft.name,
        settings: {
          ...s,
          floorId: draft.floorId ? Number(draft.floorId) : null,
          x: Number(draft.x) || 0,
          y: Number(draft.y) || 0,
          screenBottomMm: Number(draft.bottom) || 0,
          viewingDistanceMm: Number(draft.distance) || s.viewingDistanceMm,
          pxPerMm: computed,
          // Kept too: a seat chart derives its px/mm from the diagonal at whatever resolution it runs.
          ...(diagonal >= 7 && diagonal <= 120 ? { panelInch: diagonal } : {}),
        },
      },
    });
    if (!res.ok) return setErrors(formErrors(res.error));
    setErrors(NO_ERRORS);
    onDone();
  }

  return (
    <FormErrorsProvider value={errors}>
      <form
        class="admin-form"
        onSubmit={save}
        aria-label={`${t('adminx.dev.edit')}: ${device.name}`}
      >
        <TextField {...bind} name="name" label={t('admin.deviceName')} required maxLength={60} />
        <label>
          {t('adminx.dept.floor')}
          <FieldError path="settings.floorId">
            {(aria) => (
              <select
                {...aria}
                value={draft.floorId}
                onChange={(e) => setDraft({ ...draft, floorId: e.currentTarget.value })}
              >
                <option value="">—</option>
                {adminHall.value?.floors.map((f) => (
                  <option key={f.id} value={String(f.id)}>
                    {f.name}
                  </option>
                ))}
              </select>
            )}
          </FieldError>
        </label>
        <TextField {...bind} name="x" path="settings.x" label={t('adminx.dev.x')} type="number" />
        <TextField {...bind} name="y" path="settings.y" label={t('adminx.dev.y')} type="number" />
        <TextField
          {...bind}
          name="bottom"
          path="settings.screenBottomMm"
          label={t('adminx.dev.bottom')}
          type="number"
          min={0}
          max={2000}
        />
        <TextField
          {...bind}
          name="distance"
          path="settings.viewingDistanceMm"
          label={t('adminx.dev.distance')}
          type="number"
          min={200}
          max={20000}
        />
        {/* The px/mm sent is reckoned from these two: a refused px/mm is theirs to fix. */}
        <TextField
          {...bind}
          name="diagonal"
          path={['settings.panelInch', 'settings.pxPerMm']}
          label={t('adminx.dev.diagonal')}
          type="number"
          min={5}
          max={120}
          step="0.1"
        />
        <TextField
          {...bind}
          name="resolution"
          path="settings.pxPerMm"
          label={t('adminx.dev.resolution')}
        />
        <p class="wide">{t('adminx.dev.pxPerMm', { value: computed })}</p>
        <SaveRow>
          <button type="button" onClick={onDone}>
            {t('adminx.cancel')}
          </button>
        </SaveRow>
      </form>
    </FormErrorsProvider>
  );
}
