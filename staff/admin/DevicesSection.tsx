/** Devices: register one and get its pairing code, make a new code, unpair; reload or identify one remotely. */
import { useEffect, useState } from 'preact/hooks';
import type { Device, DeviceKind } from '../../shared/schemas/devices';
import { errorText, t } from '../../shared/i18n';
import { HALL_TIME_ZONE, hallClock } from '../../shared/hall-time';
import { api } from '../../shared/ui/api';
import { DeviceEditor } from './DeviceEditor';
import './hall-admin.css';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';
import {
  formErrors,
  FormErrorsProvider,
  NO_ERRORS,
  FormMessage,
  TextField,
  type FormErrors,
} from './fields';

type Code = { deviceId: number; pairingCode: string; expiresAt: string };

/**
 * Which way a board or kiosk speaks, as it last said; a warning where it has none (or relies on
 * server speech and the server has no engine). Other screens do not speak.
 */
function VoicePathCell({ device, engine }: { device: Device; engine: boolean }) {
  const speaks =
    device.kind === 'kiosk' || (device.kind === 'display' && device.settings.screen === 'board');
  if (!speaks || device.revokedAt) return <td />;
  const path = device.voicePath === 'server' && !engine ? null : (device.voicePath ?? null);
  return (
    <td class="nowrap">
      {path ? t(`voice.path.${path}`) : <span class="badge off">⚠ {t('voice.path.none')}</span>}
    </td>
  );
}

/** A kiosk's last print as its browser saw it; whether paper came out only the printer shows. */
function PrintCell({ device }: { device: Device }) {
  if (device.kind !== 'kiosk' || device.revokedAt) return <td />;
  const last = device.lastPrint;
  if (!last) return <td>{t('adminx.dev.print.none')}</td>;
  const text = t(`adminx.dev.print.${last.outcome}`, { time: hallClock(last.at) });
  return (
    <td title={t('adminx.dev.print.unknown')}>
      {last.outcome === 'failed' ? <span class="badge off">⚠ {text}</span> : text}
      {last.test && ` ${t('adminx.dev.print.test')}`}
    </td>
  );
}

export function DevicesSection({ devices }: { devices: Device[] }) {
  const [draft, setDraft] = useState({ name: '' });
  const [kind, setKind] = useState<DeviceKind>('kiosk');
  const [code, setCode] = useState<Code | null>(null);
  const [createErrors, setCreateErrors] = useState<FormErrors>(NO_ERRORS);
  // A row's button (new code, reload, unpair) is no form: its refusal stays above the list.
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<number | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [engine, setEngine] = useState(true);
  useEffect(() => {
    void api<{ data: { engine: string | null } }>('/api/speech/engine').then(
      (res) => res.ok && setEngine(res.data.data.engine !== null),
    );
  }, []);

  async function create(event: Event) {
    event.preventDefault();
    const res = await api<{ device: Device; pairingCode: string; expiresAt: string }>(
      '/api/devices',
      {
        body: { kind, name: draft.name },
      },
    );
    if (!res.ok) return setCreateErrors(formErrors(res.error));
    setCreateErrors(NO_ERRORS);
    setDraft({ name: '' });
    setCode({
      deviceId: res.data.device.id,
      pairingCode: res.data.pairingCode,
      expiresAt: res.data.expiresAt,
    });
  }

  async function newCode(device: Device) {
    const res = await api<{ pairingCode: string; expiresAt: string }>(
      `/api/devices/${device.id}/pairing-code`,
      {
        method: 'POST',
      },
    );
    if (!res.ok) return setError(errorText(res.error));
    setCode({ deviceId: device.id, ...res.data });
  }

  async function command(device: Device, kind: 'reload' | 'identify' | 'print-test') {
    const res = await api<{ sent: boolean }>(`/api/hall/devices/${device.id}/command`, {
      body: { command: kind },
    });
    if (!res.ok) return setError(errorText(res.error));
    setError(null);
    setSent(
      t(res.data.sent ? `hallx.dev.sent.${kind}` : 'hallx.dev.notOnline', { name: device.name }),
    );
  }

  async function revoke(device: Device) {
    const res = await api(`/api/devices/${device.id}/revoke`, { method: 'POST' });
    if (!res.ok) setError(errorText(res.error));
  }

  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString('ko-KR', {
      timeZone: HALL_TIME_ZONE,
      hour: '2-digit',
      minute: '2-digit',
    });

  return (
    <section class="card stack" aria-labelledby="devices-heading">
      <h2 id="devices-heading">{t('admin.devices')}</h2>
      <FormErrorsProvider value={createErrors}>
        {/* The message under the row, not in it: the button stays where it was pressed. */}
        <form class="stack" onSubmit={create}>
          <div class="row">
            <TextField
              draft={draft}
              set={setDraft}
              name="name"
              label={t('admin.deviceName')}
              required
              maxLength={60}
            />
            <label>
              {t('admin.deviceKind')}
              <select value={kind} onChange={(e) => setKind(e.currentTarget.value as DeviceKind)}>
                <option value="kiosk">{t('admin.kind.kiosk')}</option>
                <option value="display">{t('admin.kind.display')}</option>
                <option value="guide">{t('admin.kind.guide')}</option>
              </select>
            </label>
            <button class="primary" type="submit">
              {t('admin.newDevice')}
            </button>
          </div>
          <FormMessage />
        </form>
      </FormErrorsProvider>
      <ErrorAlert message={error} />
      {sent && !error && <p role="status">{sent}</p>}
      {code && (
        <p role="status" class="card">
          <strong>{devices.find((d) => d.id === code.deviceId)?.name}</strong> —{' '}
          {t('admin.pairingCode', { code: code.pairingCode, time: time(code.expiresAt) })}
        </p>
      )}
      <table class="devices-table">
        <tbody>
          {devices.map((device) => (
            <tr key={device.id}>
              <th scope="row">{device.name}</th>
              <td>{t(`admin.kind.${device.kind}`)}</td>
              <td>
                {device.revokedAt ? (
                  <span class="badge off">{t('admin.revoked')}</span>
                ) : device.online ? (
                  <span class="badge ok">● {t('admin.online')}</span>
                ) : (
                  <span class="badge off">○ {t('admin.offline')}</span>
                )}
              </td>
              <td>
                {device.lastSeenAt
                  ? t('adminx.dev.lastSeen', {
                      time: new Date(device.lastSeenAt).toLocaleString('ko-KR', {
                        timeZone: HALL_TIME_ZONE,
                        month: '2-digit',
                        day: '2-digit',
                        hour: '2-digit',
                        minute: '2-digit',
                      }),
                    })
                  : '—'}
              </td>
              <td class="nowrap">
                {device.appVersion ? t('hallx.dev.version', { version: device.appVersion }) : '—'}
              </td>
              <VoicePathCell device={device} engine={engine} />
              <PrintCell device={device} />
              <td>
                <div class="device-actions">
                  <button
                    type="button"
                    onClick={() => setEditing(editing === device.id ? null : device.id)}
                    aria-label={`${t('adminx.dev.edit')}: ${device.name}`}
                  >
                    {t('adminx.dev.edit')}
                  </button>
                  <button
                    type="button"
                    onClick={() => newCode(device)}
                    aria-label={`${t('admin.newCode')}: ${device.name}`}
                  >
                    {t('admin.newCode')}
                  </button>
                  {!device.revokedAt && device.pairedAt && (
                    <>
                      <button
                        type="button"
                        onClick={() => command(device, 'identify')}
                        aria-label={`${t('hallx.dev.identify')}: ${device.name}`}
                      >
                        {t('hallx.dev.identify')}
                      </button>
                      <button
                        type="button"
                        onClick={() => command(device, 'reload')}
                        aria-label={`${t('hallx.dev.reload')}: ${device.name}`}
                      >
                        {t('hallx.dev.reload')}
                      </button>
                      {device.kind === 'kiosk' && (
                        <button
                          type="button"
                          onClick={() => command(device, 'print-test')}
                          aria-label={`${t('adminx.dev.printTest')}: ${device.name}`}
                        >
                          {t('adminx.dev.printTest')}
                        </button>
                      )}
                    </>
                  )}
                  {!device.revokedAt && (
                    <button
                      type="button"
                      onClick={() => revoke(device)}
                      aria-label={`${t('admin.revoke')}: ${device.name}`}
                    >
                      {t('admin.revoke')}
                    </button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing !== null && devices.find((d) => d.id === editing) && (
        <DeviceEditor
          key={editing}
          device={devices.find((d) => d.id === editing) as Device}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
}
