/** The kiosk's first screen: a greeting, the services with their waits, and the directory. */
import type { KioskState } from '../../shared/streams';
import { nameOf, t } from '../../shared/i18n';

export function Home({ state }: { state: KioskState }) {
  return (
    <main class="kiosk-main">
      <h1 class="kiosk-greeting">
        {t('kiosk.welcome')}
        <span>{t('kiosk.hall', { hall: nameOf(state.hall) })}</span>
      </h1>
      <section aria-labelledby="services-heading" class="stack">
        <h2 id="services-heading">{t('kiosk.services')}</h2>
        <ul class="service-grid">
          {state.queues.map((queue) => (
            <li key={queue.serviceId}>
              <button type="button" class="service-button">
                <span class="service-name">{nameOf(queue)}</span>
                <span class="service-meta">{t('common.waitingCount', { n: queue.waiting })}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="directory-heading" class="stack">
        <h2 id="directory-heading">{t('kiosk.directory')}</h2>
        <ul class="department-list">
          {state.departments.map((department) => {
            const floor = state.floors.find((f) => f.id === department.floorId);
            return (
              <li key={department.id}>
                <span class="department-floor">{floor?.code ?? ''}</span> {nameOf(department)}{' '}
                <span class="department-room">{department.room}</span>
              </li>
            );
          })}
        </ul>
      </section>
    </main>
  );
}
