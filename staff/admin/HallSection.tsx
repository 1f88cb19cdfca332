/**
 * The hall at a glance and its settings (profile and overrides included), scheduled presence,
 * and its configuration as one file: export it, or import one into an empty hall. A demo hall can
 * be turned into a real one here.
 */
import { useState } from 'preact/hooks';
import type { HallInfo } from '../../shared/schemas/hall';
import { errorText, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { PresenceSchedules } from '../../shared/ui/components/PresenceSchedules';
import { DemoConvert } from './DemoConvert';
import { HallSettingsForm } from './HallSettingsForm';
import { VoicePackSection } from './VoicePackSection';
import './hall-admin.css';
import { reloadAdminHall } from './use-admin-hall';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';

type Counts = Record<
  'floors' | 'departments' | 'staff' | 'services' | 'counters' | 'infoPages',
  number
>;

export function HallSection({ hall }: { hall: HallInfo }) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function importFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let body: unknown;
    try {
      body = JSON.parse(await file.text()) as unknown;
    } catch {
      setError(t('adminx.hall.notJson'));
      return;
    }
    const res = await api<Counts>('/api/admin/config/import', { body });
    input.value = '';
    if (!res.ok) {
      setMessage(null);
      return setError(errorText(res.error));
    }
    setError(null);
    setMessage(t('adminx.hall.imported', res.data));
    await reloadAdminHall();
  }

  return (
    <section class="card stack" aria-labelledby="hall-heading">
      <h2 id="hall-heading">{t('adminx.nav.hall')}</h2>
      <dl class="hall-facts">
        <dt>{t('adminx.hall.name')}</dt>
        <dd>
          {hall.name} ({hall.nameEn})
        </dd>
        <dt>{t('adminx.hall.hours')}</dt>
        <dd>
          {hall.open}–{hall.close}
          {hall.lunch && ` · ${t('adminx.hall.lunch')} ${hall.lunch.from}–${hall.lunch.to}`}
        </dd>
        <dt>{t('adminx.hall.profile')}</dt>
        <dd>
          {hall.profileId}
          {Object.keys(hall.profileOverrides).length > 0 &&
            ` · ${t('hallx.overrides', { n: Object.keys(hall.profileOverrides).length })}`}
        </dd>
        {hall.address && (
          <>
            <dt>{t('hallx.address')}</dt>
            <dd>{hall.address}</dd>
          </>
        )}
      </dl>
      {saved && <p role="status">{saved}</p>}
      <HallSettingsForm key={JSON.stringify(hall)} hall={hall} onSaved={setSaved} />
      <PresenceSchedules />
      <VoicePackSection />
      <h3>{t('adminx.hall.config')}</h3>
      <p>{t('adminx.hall.configHelp')}</p>
      {/* The file is the whole of what was refused: its message stands by the import button. */}
      <div class="row">
        <a class="button" href="/api/admin/config?download" download="annae-hall-config.json">
          {t('adminx.hall.export')}
        </a>
        <label class="button">
          {t('adminx.hall.import')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={importFile}
            class="visually-hidden"
          />
        </label>
        <ErrorAlert message={error} />
      </div>
      {message && <p role="status">{message}</p>}
      {hall.demo && <DemoConvert />}
    </section>
  );
}
