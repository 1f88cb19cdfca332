/** One inbox item: kind, status, stage deadlines counting down, and the handler's actions. */
import { useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import type { FeedbackItem, StageDeadline } from '../../shared/schemas/feedback';
import { api } from '../../shared/ui/api';
import { HALL_TIME_ZONE } from '../../shared/hall-time';

/** "2일 3시간" / "45분" until `dueAt`. */
function left(dueAt: string, now: number): string {
  const min = Math.max(0, Math.round((Date.parse(dueAt) - now) / 60_000));
  const days = Math.floor(min / 1440);
  const hours = Math.floor((min % 1440) / 60);
  if (days > 0) return `${days}일 ${hours}시간`;
  if (hours > 0) return `${hours}시간 ${min % 60}분`;
  return `${min}분`;
}

function Stage({ d, now }: { d: StageDeadline; now: number }) {
  const label = t(`voice.stage.${d.stage}`);
  const state = d.doneAt
    ? t('voice.done')
    : d.dueAt === null
      ? '—'
      : d.overdue
        ? t('voice.overdue')
        : t('voice.dueIn', { left: left(d.dueAt, now) });
  return (
    <li class={`inbox-stage${d.overdue ? ' overdue' : ''}${d.doneAt ? ' done' : ''}`}>
      <strong>{label}</strong> {state}
    </li>
  );
}

/** An account the item can be handed to. */
export type Handler = { id: number; name: string };

export function InboxItem({
  item,
  now,
  handlers,
  onChanged,
}: {
  item: FeedbackItem;
  now: number;
  /** Who the item can be handed to; absent where the viewer is the handler, not the assigner. */
  handlers?: Handler[];
  onChanged: () => Promise<void>;
}) {
  const [shown, setShown] = useState<FeedbackItem | null>(null);
  const [assignee, setAssignee] = useState(item.assignee ?? '');
  const [handler, setHandler] = useState(item.handlerAccountId?.toString() ?? '');
  const [answer, setAnswer] = useState(item.answer ?? '');
  const [error, setError] = useState<string | null>(null);
  const view = shown ?? item;
  const closed = item.status === 'closed';

  async function act(path: string, body: unknown = {}) {
    const res = await api<{ item: FeedbackItem }>(`/api/feedback/${item.id}/${path}`, { body });
    if (res.ok) {
      setError(null);
      setShown(res.data.item);
      await onChanged();
    } else setError(errorText(res.error));
  }
  async function reveal() {
    const res = await api<{ item: FeedbackItem }>(`/api/feedback/${item.id}`);
    if (res.ok) setShown(res.data.item);
    else setError(errorText(res.error));
  }

  return (
    <li class={`inbox-item${item.overdue ? ' overdue' : ''}`}>
      <header class="inbox-item-head">
        <span class={`inbox-kind ${item.kind}`}>{t(`voice.kind.${item.kind}`)}</span>
        <span>{item.receipt}</span>
        <span>{t(`voice.status.${item.status}`)}</span>
        {item.overdue && <span class="inbox-flag">{t('voice.overdue')}</span>}
        <span>
          {new Date(item.createdAt).toLocaleString('ko-KR', { timeZone: HALL_TIME_ZONE })}
        </span>
      </header>
      {item.deadlines.length > 0 && (
        <ul class="inbox-stages">
          {item.deadlines.map((d) => (
            <Stage key={d.stage} d={d} now={now} />
          ))}
        </ul>
      )}
      <p class="inbox-meta">
        {[item.departmentName, item.officer, item.assignee && `→ ${item.assignee}`]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {/* Text is rendered as a text node: markup a visitor typed stays inert. */}
      {item.purged ? (
        <p class="inbox-purged">{t('voice.purged')}</p>
      ) : (
        <p class="inbox-text">{item.text}</p>
      )}
      <p class="inbox-contact">
        {view.anonymous
          ? t('voice.anonymous')
          : [view.contactName, view.contactPhone].filter(Boolean).join(' · ')}
        {!view.anonymous && view.masked && !item.purged && (
          <button type="button" onClick={() => void reveal()}>
            {t('voice.showContact')}
          </button>
        )}
      </p>
      {item.answer && <p class="inbox-answer">{item.answer}</p>}
      {error && <p role="alert">{error}</p>}
      {!closed && (
        <div class="inbox-actions">
          {handlers && (
            <>
              <label>
                {t('voice.assignee')}
                <input
                  value={assignee}
                  maxLength={60}
                  onInput={(e) => setAssignee(e.currentTarget.value)}
                />
              </label>
              <label>
                {t('voice.handler')}
                <select value={handler} onChange={(e) => setHandler(e.currentTarget.value)}>
                  <option value="">{t('voice.handlerAdmins')}</option>
                  {handlers.map((h) => (
                    <option key={h.id} value={String(h.id)}>
                      {h.name}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                disabled={!assignee.trim() && !handler}
                onClick={() =>
                  void act('assign', {
                    ...(assignee.trim() ? { assignee } : {}),
                    handlerAccountId: handler ? Number(handler) : null,
                  })
                }
              >
                {t('voice.assign')}
              </button>
            </>
          )}
          <button type="button" onClick={() => void act('investigate')}>
            {t('voice.investigated')}
          </button>
          <label>
            {t('voice.answer')}
            <textarea
              rows={2}
              maxLength={2000}
              value={answer}
              onInput={(e) => setAnswer(e.currentTarget.value)}
            />
          </label>
          <button
            type="button"
            disabled={!answer.trim()}
            onClick={() => void act('answer', { answer })}
          >
            {t('voice.sendAnswer')}
          </button>
          <button type="button" onClick={() => void act('close')}>
            {t('voice.close')}
          </button>
        </div>
      )}
    </li>
  );
}
