/**
 * The door display as the plan being edited will look on the office's real device: its panel size
 * and reading distance (from the paired display that shows this office, else a 43-inch panel read
 * at 1.2 m), at the resolution chosen, drawn by the door display's own view and scaled to fit.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Department, StaffMember } from '../../shared/schemas/hall';
import type { Device } from '../../shared/schemas/devices';
import type { SeatPlan, StaffAdminRow } from '../../shared/schemas/staff';
import { nameOf, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { SeatChartView } from '../../display/components/SeatChartView';
import { UNPAIRED_SEATS, seatLayout } from '../../display/seat-layout';

export const PREVIEW_SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1080, height: 1920 },
] as const;

/** The box the preview is scaled into, in CSS pixels of the console. */
const BOX = { width: 960, height: 720 };

/** An admin row as the door display sees it: at the desk, no stand-in (presence is live only). */
const asMember = (row: StaffAdminRow): StaffMember => ({
  id: row.id,
  departmentId: row.departmentId,
  name: row.name,
  team: row.team,
  position: row.position,
  grade: '',
  duties: row.duties,
  extension: row.extension,
  photoUrl: row.photoUrl,
  seat: row.seat,
  presence: 'in',
  presenceNote: '',
  returnAt: null,
  proxyId: null,
  leader: row.leader,
});

export function SeatPlanPreview({
  people,
  department,
  plan,
}: {
  people: StaffAdminRow[];
  department: Department;
  plan: SeatPlan;
}) {
  const [devices, setDevices] = useState<Device[]>([]);
  const [sizeIndex, setSizeIndex] = useState(0);
  useEffect(() => {
    void api<{ devices: Device[] }>('/api/devices').then((res) => {
      if (res.ok) setDevices(res.data.devices);
    });
  }, []);
  const device = devices.find(
    (d) =>
      d.kind === 'display' &&
      !d.revokedAt &&
      d.settings.screen === 'seats' &&
      d.settings.departmentId === department.id,
  );
  const settings = {
    viewingDistanceMm: device?.settings.viewingDistanceMm ?? UNPAIRED_SEATS.viewingDistanceMm,
    panelInch: device?.settings.panelInch ?? UNPAIRED_SEATS.panelInch,
  };
  const size = PREVIEW_SIZES[sizeIndex] ?? PREVIEW_SIZES[0];
  const scale = Math.min(BOX.width / size.width, BOX.height / size.height);
  const staff = people.map(asMember);
  const title = t('seats.title', { department: nameOf(department) });
  const pages = seatLayout(staff, size, settings, title, plan).pages.length;
  return (
    <figure class="seat-preview stack">
      <figcaption class="row">
        <strong>{t('staffadm.seatPreview')}</strong>
        <label>
          {t('staffadm.seatPreviewSize')}
          <select
            value={String(sizeIndex)}
            onChange={(e) => setSizeIndex(Number(e.currentTarget.value))}
          >
            {PREVIEW_SIZES.map((s, i) => (
              <option key={i} value={String(i)}>
                {s.width}×{s.height}
              </option>
            ))}
          </select>
        </label>
        <span data-testid="seat-preview-fit">
          {t('staffadm.seatPreviewOf', {
            device: device?.name ?? t('staffadm.seatPreviewDefault'),
            inch: settings.panelInch,
            m: (settings.viewingDistanceMm / 1000).toFixed(1),
          })}{' '}
          {pages > 1
            ? t('staffadm.seatPreviewPages', { n: pages })
            : t('staffadm.seatPreviewOnePage')}
        </span>
      </figcaption>
      <div
        class="seat-preview-box"
        aria-hidden="true"
        style={{ width: `${size.width * scale}px`, height: `${size.height * scale}px` }}
      >
        <div style={{ transform: `scale(${scale})`, transformOrigin: 'top left' }}>
          <SeatChartView
            staff={staff}
            title={title}
            place={`${department.room} · ☎ ${department.phone}`}
            viewport={size}
            settings={settings}
            plan={plan}
            tick={0}
            fixed
          />
        </div>
      </div>
    </figure>
  );
}
