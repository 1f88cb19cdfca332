/**
 * One question before the ticket: priority (교통약자 우선) or not. No proof is asked, as the
 * charters say; the reason is never shown or stored on a public screen.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText, nameOf, t } from '../../shared/i18n';
import { screenProfile } from '../../shared/profiles/overlay';
import type { PublicTicket } from '../../shared/schemas/queue';
import { api } from '../../shared/ui/api';
import { useKiosk } from '../context';
import { asksTask, newIdempotencyKey, type KioskRoute } from '../state';
import { Words } from '../../shared/ui/components/Words';

/** Tries of one issue before the screen says it failed, and the pause that grows between them. */
const ISSUE_ATTEMPTS = 3;
const RETRY_DELAY_MS = 700;
const retryable = (res: { ok: boolean; status?: number }) =>
  !res.ok && (res.status === 0 || (res.status ?? 0) >= 500);

export function PriorityQuestion({
  route,
}: {
  route: Extract<KioskRoute, { screen: 'priority' }>;
}) {
  const { hall, session, deviceToken } = useKiosk();
  const [busy, setBusy] = useState(false);
  // The state above renders the disabled buttons; this stops a second tap in the same frame.
  const sent = useRef(false);
  const [error, setError] = useState<string | null>(null);
  // One key for this visit to this screen: a double tap or a retry is the same ticket.
  const [key] = useState(newIdempotencyKey);
  const queue = hall.queues.find((q) => q.serviceId === route.serviceId);
  // C6: the classes the hall's charter names, and only those. A service that keeps one line, or
  // a hall whose charter names no class, issues at once: there is nothing to ask.
  const classes = screenProfile(hall.hall).queue.priorityClasses;
  const oneLine = queue?.priority === false || classes.length === 0;
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
    if (sent.current) return;
    sent.current = true;
    setBusy(true);
    setError(null);
    const body = {
      serviceId: route.serviceId,
      priority,
      ...(route.task ? { task: route.task } : {}),
      idempotencyKey: `${key}${priority ? 'p' : 'n'}${taskKey}`,
    };
    // A lost answer is retried with the same key: the server gives back the ticket it made.
    let res = await api<{ ticket: PublicTicket }>('/api/tickets', { body, deviceToken });
    for (let attempt = 1; attempt < ISSUE_ATTEMPTS && retryable(res); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS * attempt));
      res = await api<{ ticket: PublicTicket }>('/api/tickets', { body, deviceToken });
    }
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
      // The visitor may try again; the same key still stands for the same visitor.
      sent.current = false;
      setBusy(false);
      setError(errorText(res.error));
    }
  }

  if (oneLine && !error) {
    return (
      <main class="kiosk-main">
        <p class="kiosk-step">
          <Words text={step} />
        </p>
        <p role="status">{t('common.loading')}</p>
      </main>
    );
  }

  return (
    <main class="kiosk-main">
      <p class="kiosk-step">
        <Words text={step} />
      </p>
      <h1>{t('kiosk.priorityQuestion')}</h1>
      <p class="kiosk-lead" data-speak>
        {t('kiosk.priorityWho', {
          classes: classes.map((c) => t(`kiosk.priorityClass.${c}`)).join(', '),
        })}
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
          <span class="task-hint">
            {classes.map((c) => t(`kiosk.priorityClass.${c}`)).join(' · ')}
          </span>
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
