/**
 * One question before the ticket: priority (교통약자 우선) or not. No proof is asked, as the
 * charters say; the reason is never shown or stored on a public screen.
 */
import { useEffect, useState } from 'preact/hooks';
import { errorText, nameOf, t } from '../../shared/i18n';
import type { PublicTicket } from '../../shared/schemas/queue';
import { api } from '../../shared/ui/api';
import { useKiosk } from '../context';
import { asksTask, newIdempotencyKey, type KioskRoute } from '../state';

export function PriorityQuestion({
  route,
}: {
  route: Extract<KioskRoute, { screen: 'priority' }>;
}) {
  const { hall, session, deviceToken } = useKiosk();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key for this visit to this screen: a double tap or a retry is the same ticket.
  const [key] = useState(newIdempotencyKey);
  const queue = hall.queues.find((q) => q.serviceId === route.serviceId);
  // A service that keeps one line (no priority) issues at once: there is nothing to ask.
  const oneLine = queue?.priority === false;
  useEffect(() => {
    if (oneLine) void issue(false);
  }, [oneLine]);
  if (!queue) return null;
  const tasks = queue.tasks ?? [];
  const taskIndex = tasks.findIndex((x) => x.name === route.task);
  const task = tasks[taskIndex];
  // Another task is another ticket; the key allows only [A-Za-z0-9_-], so it takes the task's place.
  const taskKey = route.task ? `t${taskIndex}` : '';
  const step = task ? `${nameOf(queue)} · ${nameOf(task)}` : nameOf(queue);

  async function issue(priority: boolean) {
    if (busy) return;
    setBusy(true);
    const res = await api<{ ticket: PublicTicket }>('/api/tickets', {
      body: {
        serviceId: route.serviceId,
        priority,
        ...(route.task ? { task: route.task } : {}),
        idempotencyKey: `${key}${priority ? 'p' : 'n'}${taskKey}`,
      },
      deviceToken,
    });
    setBusy(false);
    if (res.ok) {
      session.go({ screen: 'ticket', ticket: res.data.ticket });
    } else if (res.status === 409) {
      session.go({
        screen: 'refused',
        serviceId: route.serviceId,
        code: res.error.code,
        message: errorText(res.error),
        opensAt: res.error.details?.find((d) => d.path === 'opensAt')?.message || null,
      });
    } else {
      setError(errorText(res.error));
    }
  }

  if (oneLine && !error) {
    return (
      <main class="kiosk-main">
        <p class="kiosk-step">{step}</p>
        <p role="status">{t('common.loading')}</p>
      </main>
    );
  }

  return (
    <main class="kiosk-main">
      <p class="kiosk-step">{step}</p>
      <h1>{t('kiosk.priorityQuestion')}</h1>
      <p class="kiosk-lead" data-speak>
        {t('kiosk.priorityWho')}
      </p>
      <div class="choice-grid">
        <button
          type="button"
          class="task-button primary"
          disabled={busy}
          onClick={() => issue(false)}
        >
          <span class="task-label">{t('kiosk.priorityNo')}</span>
        </button>
        <button type="button" class="task-button" disabled={busy} onClick={() => issue(true)}>
          <span class="task-label">{t('kiosk.priorityYes')}</span>
          <span class="task-hint">{t('kiosk.priorityClasses')}</span>
        </button>
      </div>
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        onClick={() =>
          session.go(
            asksTask(queue)
              ? { screen: 'task', serviceId: route.serviceId }
              : { screen: 'services' },
          )
        }
      >
        {t('common.back')}
      </button>
    </main>
  );
}
