/** One call: where, what help, how long waiting, and the helper's next step. */
import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../../shared/i18n';
import { minutesSince } from '../../shared/help';
import type { HelpPage } from '../../shared/schemas/help';
import type { GuidesState } from '../../shared/streams';
import { GuideFloorMap } from './GuideFloorMap';

export type PageAction =
  | { step: 'accept' | 'arrive' }
  | { step: 'escort'; departmentId: number }
  | { step: 'resolve'; note: string };

export function GuidePageCard({
  page,
  state,
  me,
  now,
  busy,
  onAct,
}: {
  page: HelpPage;
  state: GuidesState;
  me: number;
  now: Date;
  busy: boolean;
  onAct: (page: HelpPage, action: PageAction) => void;
}) {
  const [departmentId, setDepartmentId] = useState<number>(state.departments[0]?.id ?? 0);
  const [note, setNote] = useState('');
  const floor = state.floors.find((f) => f.id === page.place.floorId);
  const mine = page.guideId === me;
  const working = mine && ['accepted', 'arrived', 'escorting'].includes(page.status);
  const kind = page.kind ? t(`help.kind.${page.kind}` as MessageKey) : t('guide.kindUnknown');
  const headingId = `page-${page.id}`;
  return (
    <article
      class="card guide-page"
      data-status={page.status}
      data-escalated={page.escalatedAt ? 'true' : 'false'}
      aria-labelledby={headingId}
    >
      <header class="guide-page-head">
        <h3 id={headingId}>
          {page.place.floorName && !page.place.name.startsWith(page.place.floorName)
            ? `${page.place.floorName} · `
            : ''}
          {page.place.name} — {kind}
        </h3>
        <span class={`badge ${page.status === 'open' ? 'alert' : 'ok'}`}>
          {t(`guide.status.${page.status}` as MessageKey)}
        </span>
      </header>
      {page.status === 'open' && (
        <p class="guide-waiting">
          {t('guide.waiting', { min: minutesSince(page.requestedAt, now) })}
        </p>
      )}
      {page.escalatedAt && page.status === 'open' && (
        <p class="error-text">{t('guide.escalatedPage', { min: state.rules.escalateAfterMin })}</p>
      )}
      {page.guideName && page.status !== 'open' && (
        <p>{t('guide.takenBy', { name: page.guideName })}</p>
      )}
      {floor && page.status !== 'resolved' && page.status !== 'cancelled' && (
        <GuideFloorMap floor={floor} x={page.place.x} y={page.place.y} />
      )}
      <div class="guide-actions">
        {page.status === 'open' && (
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() => onAct(page, { step: 'accept' })}
          >
            {t('guide.accept')}
          </button>
        )}
        {mine && page.status === 'accepted' && (
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() => onAct(page, { step: 'arrive' })}
          >
            {t('guide.arrive')}
          </button>
        )}
        {working && page.status !== 'escorting' && (
          <label class="guide-field">
            {t('guide.pickDepartment')}
            <select
              value={departmentId}
              onChange={(e) => setDepartmentId(Number((e.target as HTMLSelectElement).value))}
            >
              {state.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {working && page.status !== 'escorting' && (
          <button
            type="button"
            disabled={busy || !departmentId}
            onClick={() => onAct(page, { step: 'escort', departmentId })}
          >
            {t('guide.escort')}
          </button>
        )}
        {working && (
          <label class="guide-field">
            {t('guide.note')}
            <input
              type="text"
              maxLength={300}
              value={note}
              onInput={(e) => setNote((e.target as HTMLInputElement).value)}
            />
          </label>
        )}
        {working && (
          <button
            type="button"
            disabled={busy}
            onClick={() => onAct(page, { step: 'resolve', note })}
          >
            {t('guide.resolve')}
          </button>
        )}
      </div>
    </article>
  );
}
