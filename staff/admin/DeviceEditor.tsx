/** Renames and places one device: floor and position, mounting height, viewing distance, screen size → px/mm. */
import { useState } from 'preact/hooks';
import { pxPerMmOf } from '../../shared/schemas/admin';
import type { Device } from '../../shared/schemas/devices';
import { errorText, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { adminHall } from './use-admin-hall';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';

export function DeviceEditor({ device, onDone }: { device: Device; onDone: () => void }) {
  const s = device.settings;
  const [name, setName] = useState(device.name);
  const [floorId, setFloorId] = useState(s.floorId === null ? '' : String(s.floorId));
  const [x, setX] = useState(String(s.x));
  const [y, setY] = useState(String(s.y));
  const [bottom, setBottom] = useState(String(s.screenBottomMm));
  const [distance, setDistance] = useState(String(s.viewingDistanceMm));
  const [diagonal, setDiagonal] = useState(s.panelInch ? String(s.panelInch) : '');
  const [resolution, setResolution] = useState('1920x1080');
  const [error, setError] = useState<string | null>(null);
  const [w, h] = resolution.split(/[x×*]/).map(Number);
  const computed = Number(diagonal) > 0 && w && h ? pxPerMmOf(Number(diagonal), w, h) : s.pxPerMm;

  async function save(event: Event) {
    event.preventDefault();
    const res = await api(`/api/admin/devices/${device.id}`, {
      method: 'PUT',
      body: {
        name,
        settings: {
          ...s,
          floorId: floorId ? Number(floorId) : null,
          x: Number(x) || 0,
          y: Number(y) || 0,
          screenBottomMm: Number(bottom) || 0,
          viewingDistanceMm: Number(distance) || s.viewingDistanceMm,
          pxPerMm: computed,
          // Kept too: a seat chart derives its px/mm from the diagonal at whatever resolution it runs.
          ...(Number(diagonal) >= 7 && Number(diagonal) <= 120
            ? { panelInch: Number(diagonal) }
            : {}),
        },
      },
    });
    if (!res.ok) return setError(errorText(res.error));
    onDone();
  }

  return (
    <form class="admin-form" onSubmit={save} aria-label={`${t('adminx.dev.edit')}: ${device.name}`}>
      <label>
        {t('admin.deviceName')}
        <input
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          required
          maxLength={60}
        />
      </label>
      <label>
        {t('adminx.dept.floor')}
        <select value={floorId} onChange={(e) => setFloorId(e.currentTarget.value)}>
          <option value="">—</option>
          {adminHall.value?.floors.map((f) => (
            <option key={f.id} value={String(f.id)}>
              {f.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('adminx.dev.x')}
        <input type="number" value={x} onInput={(e) => setX(e.currentTarget.value)} />
      </label>
      <label>
        {t('adminx.dev.y')}
        <input type="number" value={y} onInput={(e) => setY(e.currentTarget.value)} />
      </label>
      <label>
        {t('adminx.dev.bottom')}
        <input
          type="number"
          min={0}
          max={2000}
          value={bottom}
          onInput={(e) => setBottom(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('adminx.dev.distance')}
        <input
          type="number"
          min={200}
          max={20000}
          value={distance}
          onInput={(e) => setDistance(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('adminx.dev.diagonal')}
        <input
          type="number"
          min={5}
          max={120}
          step="0.1"
          value={diagonal}
          onInput={(e) => setDiagonal(e.currentTarget.value)}
        />
      </label>
      <label>
        {t('adminx.dev.resolution')}
        <input value={resolution} onInput={(e) => setResolution(e.currentTarget.value)} />
      </label>
      <p class="wide">{t('adminx.dev.pxPerMm', { value: computed })}</p>
      <ErrorAlert message={error} wide />
      <div class="row">
        <button class="primary" type="submit">
          {t('adminx.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('adminx.cancel')}
        </button>
      </div>
    </form>
  );
}
