/** When no ticket can be issued now: why, when it opens, and what else the visitor can do. */
import { nameOf, t } from '../../shared/i18n';
import { useKiosk } from '../context';
import type { KioskRoute } from '../state';
import { Words } from '../../shared/ui/components/Words';

const KNOWN = ['service_closed', 'before_hours', 'after_hours', 'lunch', 'daily_cap'] as const;

export function Refused({ route }: { route: Extract<KioskRoute, { screen: 'refused' }> }) {
  const { hall, session } = useKiosk();
  const queue = hall.queues.find((q) => q.serviceId === route.serviceId);
  const reason = KNOWN.find((k) => k === route.code);
  return (
    <main class="kiosk-main">
      {queue && (
        <p class="kiosk-step">
          <Words text={nameOf(queue)} />
        </p>
      )}
      <h1 role="alert">
        {reason ? t(`kiosk.refusal.${reason}`, { time: route.opensAt ?? '' }) : route.message}
      </h1>
      <p class="kiosk-lead">{t('kiosk.refusalHelp')}</p>
      <div class="choice-grid">
        <button
          type="button"
          class="task-button primary"
          onClick={() => session.go({ screen: 'help' })}
        >
          <span class="task-label">{t('kiosk.help')}</span>
        </button>
        <button
          type="button"
          class="task-button"
          onClick={() => session.go({ screen: 'services' })}
        >
          <span class="task-label">{t('kiosk.otherService')}</span>
        </button>
      </div>
    </main>
  );
}
