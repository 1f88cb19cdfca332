/**
 * The guide helper's tablet: duty or break, pages from the kiosks with a sound, a vibration and a
 * banner, one tap to accept, then arrived, escorting and resolved. The screen stays awake on duty.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Account } from '../../shared/schemas/accounts';
import type { HelpPage } from '../../shared/schemas/help';
import { errorText, type MessageKey, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { ReconnectingMark } from '../../shared/ui/components/ReconnectingMark';
import { useStaffSocket } from '../../shared/ui/components/DeviceGate';
import { DeviceCommands } from '../../shared/ui/components/DeviceCommands';
import { useLive } from '../../shared/ui/use-live';
import { GuideAppointments } from './GuideAppointments';
import { GuideBookEscort } from './GuideBookEscort';
import { GuideMyDay } from './GuideMyDay';
import { GuidePageCard, type PageAction } from './GuidePageCard';
import { keepAwake, ringPage, unlockAudio } from './guide-alert';
import './guide.css';

const WORKING = new Set(['open', 'accepted', 'arrived', 'escorting']);

export function GuideApp({ account, signOut }: { account: Account; signOut: () => void }) {
  const socket = useStaffSocket();
  const live = useLive(socket, { kind: 'guides' });
  const state = live.state.value;
  const banner = useSignal<string | null>(null);
  const error = useSignal<string | null>(null);
  const awake = useSignal<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [, setTick] = useState(0);
  const seen = useRef<Map<number, string | null> | null>(null);
  const offset = useRef<number | null>(null);

  const me = state?.guides.find((g) => g.id === account.id);
  const onDuty = me?.onDuty ?? false;

  if (state && offset.current === null) offset.current = Date.parse(state.now) - Date.now();
  const now = new Date(Date.now() + (offset.current ?? 0));

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 15_000);
    return () => clearInterval(timer);
  }, []);

  // A page not seen before, or one that just escalated, rings while on duty.
  useEffect(() => {
    if (!state) return;
    const known = seen.current;
    const next = new Map(state.pages.map((p) => [p.id, p.escalatedAt]));
    seen.current = next;
    if (!known || !onDuty) return;
    const fresh = state.pages.filter(
      (p) => p.status === 'open' && (!known.has(p.id) || (p.escalatedAt && !known.get(p.id))),
    );
    const first = fresh[0];
    if (!first) return;
    const loud = fresh.some((p) => p.escalatedAt !== null);
    ringPage(loud);
    banner.value = t('guide.newPage', {
      place: first.place.name,
      kind: first.kind ? t(`help.kind.${first.kind}` as MessageKey) : t('guide.kindUnknown'),
    });
  }, [state?.pages]);

  // Whatever the duty state says on load, the screen follows it.
  useEffect(() => {
    void keepAwake(onDuty).then((ok) => {
      awake.value = onDuty ? ok : null;
    });
  }, [onDuty]);

  async function setDuty(next: boolean) {
    if (next) unlockAudio();
    error.value = null;
    const res = await api('/api/help/duty', { body: { onDuty: next } });
    if (!res.ok) error.value = errorText(res.error);
  }

  async function act(page: HelpPage, action: PageAction) {
    setBusy(true);
    error.value = null;
    const body =
      action.step === 'escort'
        ? { departmentId: action.departmentId }
        : action.step === 'resolve'
          ? action.note.trim()
            ? { note: action.note.trim() }
            : {}
          : {};
    const res = await api(`/api/help/pages/${page.id}/${action.step}`, { body });
    setBusy(false);
    if (res.ok) {
      banner.value = null;
      return;
    }
    error.value = res.error.code === 'page_taken' ? t('guide.taken') : errorText(res.error);
  }

  const open = state?.pages.filter((p) => WORKING.has(p.status)) ?? [];
  const recent = state?.pages.filter((p) => !WORKING.has(p.status)).slice(0, 10) ?? [];
  const dutyCount = state?.guides.filter((g) => g.onDuty).length ?? 0;

  return (
    <div class="console guide">
      <DeviceCommands socket={socket} />
      <ReconnectingMark connected={live.connected.value} syncedAt={live.syncedAt.value} />
      <header class="console-header">
        <h1>{t('guide.title')}</h1>
        <span>{account.displayName}</span>
        <button type="button" onClick={signOut}>
          {t('signin.signOut')}
        </button>
      </header>
      {banner.value && (
        <div class="guide-banner" role="alert">
          <span>{banner.value}</span>
          <button type="button" onClick={() => (banner.value = null)}>
            {t('common.close')}
          </button>
        </div>
      )}
      {error.value && (
        <p class="error-text" role="alert">
          {error.value}
        </p>
      )}
      {state && (
        <>
          <section class="stack" aria-labelledby="open-pages">
            <h2 id="open-pages">{t('guide.open')}</h2>
            {open.length === 0 && <p>{t('guide.none')}</p>}
            {open.map((page) => (
              <GuidePageCard
                key={page.id}
                page={page}
                state={state}
                me={account.id}
                now={now}
                busy={busy}
                onAct={act}
              />
            ))}
          </section>
          {me && (
            <section class="card stack" aria-labelledby="duty">
              <h2 id="duty">{t('guide.duty')}</h2>
              <p>
                <span class={`badge ${onDuty ? 'ok' : 'off'}`}>
                  {onDuty ? t('guide.statusOnDuty') : t('guide.statusBreak')}
                </span>
              </p>
              <div class="guide-actions">
                <button
                  type="button"
                  class={onDuty ? '' : 'primary'}
                  aria-pressed={onDuty}
                  onClick={() => setDuty(true)}
                >
                  {t('guide.goOnDuty')}
                </button>
                <button type="button" aria-pressed={!onDuty} onClick={() => setDuty(false)}>
                  {t('guide.goOnBreak')}
                </button>
              </div>
              {onDuty && awake.value !== null && (
                <p role="status">{awake.value ? t('guide.wakeLockOn') : t('guide.wakeLockOff')}</p>
              )}
            </section>
          )}
          <section class="card stack" aria-labelledby="on-duty">
            <h2 id="on-duty">{t('guide.onDuty')}</h2>
            <ul class="ticket-list">
              {state.guides
                .filter((g) => g.onDuty)
                .map((g) => (
                  <li key={g.id}>{g.name}</li>
                ))}
            </ul>
            {state.rules.minOnDuty === null ? (
              <p class="hint">{t('guide.noCharterMinOnDuty')}</p>
            ) : (
              dutyCount < state.rules.minOnDuty && (
                <p class="warn-text">
                  {t('guide.fewOnDuty', { count: dutyCount, min: state.rules.minOnDuty })}
                </p>
              )
            )}
          </section>
          <GuideAppointments appointments={state.appointments} />
          <GuideMyDay pages={state.pages} me={account.id} />
          <GuideBookEscort serverNow={state.now} />
          {recent.length > 0 && (
            <section class="card stack" aria-labelledby="recent-pages">
              <h2 id="recent-pages">{t('guide.recent')}</h2>
              <ul class="ticket-list">
                {recent.map((p) => (
                  <li key={p.id}>
                    {p.place.name} — {p.kind ? t(`help.kind.${p.kind}` as MessageKey) : '—'} ·{' '}
                    {t(`guide.status.${p.status}` as MessageKey)}
                    {p.guideName ? ` · ${p.guideName}` : ''}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
