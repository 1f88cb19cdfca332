/**
 * The kiosk's staff finder (C3): find an officer by name, duty or department and see the seat
 * card; an away officer shows the stand-in and "연락 요청".
 */
import { useSignal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { composeJamo } from '../../shared/search/hangul';
import { HangulKeyboard } from '../map/HangulKeyboard';
import '../map/directory.css';
import { nameOf, t } from '../../shared/i18n';
import { screenProfile } from '../../shared/profiles/overlay';
import type { StaffMember } from '../../shared/schemas/hall';
import { useKiosk } from '../context';
import type { KioskRoute } from '../state';
import { isPresent, StaffCard } from './StaffCard';
import './StaffFinder.css';

/** Everything a visitor might type for this officer, lower-cased with spaces removed. */
function haystack(member: StaffMember, departmentNames: string): string {
  return [member.name, member.position, member.team, ...member.duties, departmentNames]
    .join('|')
    .toLowerCase()
    .replace(/\s+/g, '');
}

export function StaffFinder({ route }: { route: Extract<KioskRoute, { screen: 'staff' }> }) {
  const { hall, session } = useKiosk();
  // Typed on the on-screen keyboard (a kiosk has no other), as jamo composed into syllables.
  const keys = useSignal<string[]>([]);
  const query = composeJamo(keys.value);
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const departments = new Map(hall.departments.map((d) => [d.id, d]));
  const floors = new Map(hall.floors.map((f) => [f.id, f]));
  const byId = new Map(hall.staff.map((s) => [s.id, s]));

  // C3: what the hall's charter promises for an absent officer — a callback within its
  // deadline, or (Pocheon) a phone connection to the officer or the stand-in, at once.
  const callback = screenProfile(hall.hall).callback;
  const offersCallback = callback.mode === 'callback' && callback.callbackDeadlineMin !== null;
  const chosen = route.staffId === undefined ? undefined : byId.get(route.staffId);
  if (chosen) {
    const department = departments.get(chosen.departmentId);
    const proxy = chosen.proxyId ? byId.get(chosen.proxyId) : undefined;
    const reachable = proxy && isPresent(proxy) ? proxy : chosen;
    return (
      <main class="kiosk-main staff-finder">
        <StaffCard
          member={chosen}
          department={department}
          floor={department?.floorId ? floors.get(department.floorId) : undefined}
          proxy={proxy}
        />
        {!isPresent(chosen) && !offersCallback && (
          <div class="staff-callback-offer">
            <p class="kiosk-lead">{t('staff.away')}</p>
            <p class="kiosk-lead">
              {t('staff.connectByPhone', { name: reachable.name, extension: reachable.extension })}
            </p>
          </div>
        )}
        {!isPresent(chosen) && offersCallback && (
          <div class="staff-callback-offer">
            <p class="kiosk-lead">{t('staff.away')}</p>
            <button
              type="button"
              class="task-button primary"
              onClick={() => session.go({ screen: 'callback', staffId: chosen.id })}
            >
              <span class="task-label">{t('staff.askCallback')}</span>
              <span class="task-hint">
                {t('staff.askCallbackHint', { min: callback.callbackDeadlineMin ?? 0 })}
              </span>
            </button>
          </div>
        )}
        <button
          type="button"
          class="task-button"
          onClick={() =>
            session.go({
              screen: 'directory',
              departmentId: chosen.departmentId,
              staffId: chosen.id,
            })
          }
        >
          <span class="task-label">{t('staff.seatAndRoute')}</span>
        </button>
        <div class="row">
          <button type="button" onClick={() => session.go({ screen: 'staff' })}>
            {t('staff.backToList')}
          </button>
          <button type="button" onClick={() => session.go({ screen: 'home' })}>
            {t('common.back')}
          </button>
        </div>
      </main>
    );
  }

  const words = query.toLowerCase().replace(/\s+/g, '');
  const matches =
    words === '' && departmentId === null
      ? []
      : hall.staff.filter((member) => {
          if (departmentId !== null && member.departmentId !== departmentId) return false;
          const department = departments.get(member.departmentId);
          const names = department ? `${department.name}|${department.nameEn}` : '';
          return words === '' || haystack(member, names).includes(words);
        });

  return (
    <main class="kiosk-main staff-finder">
      <h1>{t('staff.finderTitle')}</h1>
      <label class="staff-search">
        <span>{t('staff.searchLabel')}</span>
        <input
          type="search"
          inputMode="none"
          autoComplete="off"
          value={query}
          placeholder={t('staff.searchHint')}
          onInput={(e) => (keys.value = [...e.currentTarget.value])}
        />
      </label>
      <HangulKeyboard
        onKey={(k) => (keys.value = [...keys.value, k])}
        onBackspace={() => (keys.value = keys.value.slice(0, -1))}
        onClear={() => (keys.value = [])}
      />
      <ul class="staff-departments" aria-label={t('kiosk.directory')}>
        {hall.departments.map((d) => (
          <li key={d.id}>
            <button
              type="button"
              aria-pressed={departmentId === d.id}
              onClick={() => setDepartmentId(departmentId === d.id ? null : d.id)}
            >
              {nameOf(d)}
            </button>
          </li>
        ))}
      </ul>
      {(words !== '' || departmentId !== null) && (
        <p role="status" class="kiosk-lead" data-speak>
          {matches.length === 0 ? t('staff.noMatch') : t('staff.results', { n: matches.length })}
        </p>
      )}
      <ul class="staff-results">
        {matches.slice(0, 30).map((member) => {
          const department = departments.get(member.departmentId);
          return (
            <li key={member.id}>
              <button
                type="button"
                class="service-button"
                onClick={() => session.go({ screen: 'staff', staffId: member.id })}
              >
                <span>
                  {member.name} {member.position}
                </span>
                <span class="service-meta">
                  {department ? nameOf(department) : ''} · {t(`presence.${member.presence}`)} ·{' '}
                  {member.duties.slice(0, 2).join(', ')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => session.go({ screen: 'home' })}>
        {t('common.back')}
      </button>
    </main>
  );
}
