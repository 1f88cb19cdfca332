/**
 * 행정사무착오보상 (C12) at the counter: the officer records a second visit caused by a staff
 * error, or a decision later than its deadline, for the ticket in front of them. Only the cases
 * the hall's charter compensates are offered; a silent charter is said so, with no form.
 */
import { useEffect, useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import type {
  CompensationDesk,
  CompensationKind,
  CompensationView,
} from '../../shared/schemas/compensation';
import { hallClock } from '../../shared/hall-time';
import { api } from '../../shared/ui/api';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';

type Serving = { id: number; number: string } | null;

export function CompensationPanel({ serving }: { serving: Serving }) {
  const [desk, setDesk] = useState<CompensationDesk | null>(null);
  const [kind, setKind] = useState<CompensationKind | null>(null);
  const [note, setNote] = useState('');
  const [daysLate, setDaysLate] = useState('');
  const [forTicket, setForTicket] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function load() {
    const res = await api<CompensationDesk>('/api/compensation');
    if (res.ok) setDesk(res.data);
    else setError(errorText(res.error));
  }
  useEffect(() => void load(), []);

  async function submit(e: Event) {
    e.preventDefault();
    if (!kind || busy) return;
    setBusy(true);
    setError(null);
    const ticketId = forTicket && serving ? serving.id : null;
    const res = await api<{ case: CompensationView }>('/api/compensation', {
      body: {
        kind,
        ticketId,
        note,
        ...(kind === 'lateDecision' && daysLate !== '' ? { daysLate: Number(daysLate) } : {}),
      },
    });
    setBusy(false);
    if (!res.ok) return setError(errorText(res.error));
    setDone(t('comp.recorded', { kind: t(`comp.kind.${kind}`) }));
    setNote('');
    setDaysLate('');
    setKind(null);
    void load();
  }

  if (!desk) return null;
  return (
    <section class="card stack" aria-labelledby="comp-title">
      <h2 id="comp-title">{t('comp.title')}</h2>
      {desk.kinds.length === 0 ? (
        <p>{t('comp.silent')}</p>
      ) : (
        <form class="stack" onSubmit={submit}>
          <p>
            {desk.amountWon === null
              ? t('comp.amountSilent')
              : t('comp.amount', { won: desk.amountWon.toLocaleString('ko-KR') })}
          </p>
          <fieldset class="row">
            <legend>{t('comp.kind')}</legend>
            {desk.kinds.map((k) => (
              <label key={k} class="row">
                <input
                  type="radio"
                  name="comp-kind"
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />
                {t(`comp.kind.${k}`)}
              </label>
            ))}
          </fieldset>
          {kind === 'lateDecision' && (
            <label class="stack">
              {desk.permitDelayDays === null
                ? t('comp.daysLate')
                : t('comp.daysLateMin', { n: desk.permitDelayDays })}
              <input
                type="number"
                inputMode="numeric"
                min={0}
                max={3650}
                value={daysLate}
                required={desk.permitDelayDays !== null}
                onInput={(e) => setDaysLate(e.currentTarget.value)}
              />
            </label>
          )}
          <label class="stack">
            {t('comp.note')}
            <textarea
              value={note}
              maxLength={500}
              required
              onInput={(e) => setNote(e.currentTarget.value)}
            />
          </label>
          {serving && (
            <label class="row">
              <input
                type="checkbox"
                checked={forTicket}
                onChange={(e) => setForTicket(e.currentTarget.checked)}
              />
              {t('comp.forTicket', { number: serving.number })}
            </label>
          )}
          <button type="submit" disabled={busy || !kind || !note.trim()}>
            {t('comp.submit')}
          </button>
        </form>
      )}
      {error && <ErrorAlert message={error} />}
      {done && <p role="status">{done}</p>}
      {desk.today.length > 0 && (
        <ul aria-label={t('comp.today')}>
          {desk.today.map((c) => (
            <li key={c.id}>
              {hallClock(c.recordedAt)} · {t(`comp.kind.${c.kind}`)}
              {c.ticketNumber && ` · ${c.ticketNumber}`} · {c.note}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
