/**
 * One counter at work: its state, the ticket it serves, and the lines it calls from. Each button
 * sends one command and stays disabled until the answer, so a double click calls once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Counter, CounterState } from '../../shared/schemas/hall';
import type { ConsoleTicket } from '../../shared/schemas/queue';
import type { CounterConsoleState } from '../../shared/streams';
import { errorText, nameOf, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { CounterBreak } from './CounterBreak';
import { CounterReturn } from './CounterReturn';

const STATES: CounterState[] = ['open', 'lunch', 'break', 'closed'];

function minutesSince(iso: string, now: number): number {
  return Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
}

export function CounterDesk({ state, counter }: { state: CounterConsoleState; counter: Counter }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [transferTo, setTransferTo] = useState<number | ''>('');
  // Lunch or break chosen, waiting for the expected return.
  const [pendingBreak, setPendingBreak] = useState<'lunch' | 'break' | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  const current =
    state.tickets.find((x) => x.status === 'called' && x.counterId === counter.id) ?? null;
  const waiting = state.tickets.filter(
    (x) => x.status === 'waiting' && counter.serviceIds.includes(x.serviceId),
  );
  const serviceName = (id: number) => {
    const service = state.services.find((s) => s.id === id);
    return service ? nameOf(service) : '';
  };
  /** "세부 업무: 등본" for a ticket with a task, in the console's language; null without one. */
  const taskLine = (ticket: ConsoleTicket): string | null => {
    if (ticket.task === null) return null;
    const service = state.services.find((s) => s.id === ticket.serviceId);
    // By its name alone once the service no longer has it.
    const task = service?.tasks.find((x) => x.name === ticket.task);
    return t('counter.task', { task: task ? nameOf(task) : ticket.task });
  };
  const currentTask = current && taskLine(current);

  async function send(path: string, body?: unknown) {
    if (busy) return;
    setBusy(true);
    const res = await api(`/api${path}`, { method: 'POST', body: body ?? {} });
    setBusy(false);
    setMessage(res.ok ? null : errorText(res.error));
    return res.ok;
  }

  async function startBreak(kind: 'lunch' | 'break', returnInMin: number | null) {
    const body =
      returnInMin === null ? { state: kind, returnsAt: null } : { state: kind, returnInMin };
    if (await send(`/counters/${counter.id}/state`, body)) setPendingBreak(null);
  }

  const act = {
    next: () => send(`/counters/${counter.id}/call-next`),
    recall: () => current && send(`/counters/${counter.id}/recall`),
    done: () => current && send(`/counters/${counter.id}/done`),
    noShow: () => current && send(`/counters/${counter.id}/no-show`),
  };

  useEffect(() => {
    // Keyboard shortcuts for a busy desk: N next, R recall, D done, X no-show.
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement)
        return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const key = event.key.toLowerCase();
      const run =
        key === 'n'
          ? act.next
          : key === 'r'
            ? act.recall
            : key === 'd'
              ? act.done
              : key === 'x'
                ? act.noShow
                : null;
      if (run) {
        event.preventDefault();
        void run();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const canNoShow = current !== null && current.recalls >= state.recallsBeforeNoShow;

  return (
    <div class="stack">
      <section class="card stack" aria-labelledby="counter-state">
        <h2 id="counter-state">
          {t('common.counter', { n: counter.number })} ·{' '}
          {t(`counter.state.${counter.state}` as const)}
        </h2>
        <div class="row" role="group" aria-label={t('counter.stateGroup')}>
          {STATES.map((s) => (
            <button
              key={s}
              type="button"
              class={counter.state === s ? 'primary' : ''}
              aria-pressed={counter.state === s}
              disabled={busy}
              onClick={() =>
                s === 'lunch' || s === 'break'
                  ? setPendingBreak(s)
                  : send(`/counters/${counter.id}/state`, { state: s })
              }
            >
              {t(`counter.set.${s}` as const)}
            </button>
          ))}
        </div>
        <CounterReturn counter={counter} />
        {pendingBreak ? (
          <CounterBreak
            key={pendingBreak}
            counter={counter}
            kind={pendingBreak}
            busy={busy}
            onStart={(returnInMin) => void startBreak(pendingBreak, returnInMin)}
            onCancel={() => setPendingBreak(null)}
          />
        ) : (
          (counter.state === 'lunch' || counter.state === 'break') && (
            <div class="row">
              <button
                type="button"
                disabled={busy}
                onClick={() => setPendingBreak(counter.state as 'lunch' | 'break')}
              >
                {t('counterBreak.edit')}
              </button>
            </div>
          )
        )}
        {pendingBreak && message && (
          <p class="error-text" role="alert">
            {message}
          </p>
        )}
      </section>

      <section class="card stack" aria-labelledby="serving">
        <h2 id="serving">{t('counter.serving')}</h2>
        <div role="status" data-testid="serving">
          <p class="serving-number">
            {current
              ? `${current.number} · ${serviceName(current.serviceId)}`
              : t('counter.nobody')}
            {current &&
              current.recalls > 0 &&
              ` · ${t('counter.recalled', { n: current.recalls })}`}
          </p>
          {currentTask && <p class="serving-task">{currentTask}</p>}
        </div>
        <div class="row">
          <button
            type="button"
            class="primary"
            disabled={busy || counter.state !== 'open'}
            onClick={act.next}
          >
            {t('counter.callNext')} <kbd>N</kbd>
          </button>
          <button type="button" disabled={busy || !current} onClick={act.recall}>
            {t('counter.recall')} <kbd>R</kbd>
          </button>
          <button type="button" disabled={busy || !current} onClick={act.done}>
            {t('counter.done')} <kbd>D</kbd>
          </button>
          <button type="button" disabled={busy || !canNoShow} onClick={act.noShow}>
            {t('counter.noShow')} <kbd>X</kbd>
          </button>
        </div>
        {current && (
          <div class="row">
            <label>
              {t('counter.transferTo')}
              <select
                value={transferTo}
                onChange={(e) => setTransferTo(Number(e.currentTarget.value))}
              >
                <option value="">—</option>
                {state.services
                  .filter((s) => s.id !== current.serviceId)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {nameOf(s)}
                    </option>
                  ))}
              </select>
            </label>
            <button
              type="button"
              disabled={busy || transferTo === ''}
              onClick={() => send(`/tickets/${current.id}/transfer`, { serviceId: transferTo })}
            >
              {t('counter.transfer')}
            </button>
          </div>
        )}
        {message && !pendingBreak && (
          <p class="error-text" role="alert">
            {message}
          </p>
        )}
      </section>

      <section class="card stack" aria-labelledby="lines">
        <h2 id="lines">{t('counter.lines')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('counter.service')}</th>
              <th scope="col">{t('counter.waiting')}</th>
              <th scope="col">{t('counter.oldest')}</th>
            </tr>
          </thead>
          <tbody>
            {counter.serviceIds.map((id) => {
              const line = waiting.filter((x) => x.serviceId === id);
              const oldest = line.reduce<ConsoleTicket | null>(
                (a, b) => (!a || b.queuedAt < a.queuedAt ? b : a),
                null,
              );
              return (
                <tr key={id}>
                  <th scope="row">{serviceName(id)}</th>
                  <td>{line.length}</td>
                  <td>
                    {oldest ? t('common.minutes', { n: minutesSince(oldest.queuedAt, now) }) : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <h3>{t('counter.waitingTickets')}</h3>
        <ul class="ticket-list">
          {waiting.map((ticket) => (
            <li key={ticket.id} class="row">
              <strong>{ticket.number}</strong>
              {ticket.class === 'priority' && (
                <span class="badge alert">{t('counter.priority')}</span>
              )}
              <span>{serviceName(ticket.serviceId)}</span>
              {ticket.task !== null && <span class="ticket-task">{taskLine(ticket)}</span>}
              <span>{t('common.minutes', { n: minutesSince(ticket.queuedAt, now) })}</span>
              <button
                type="button"
                disabled={busy || counter.state !== 'open'}
                aria-label={t('counter.callThis', { number: ticket.number })}
                onClick={() => send(`/counters/${counter.id}/call`, { ticketId: ticket.id })}
              >
                {t('counter.call')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
