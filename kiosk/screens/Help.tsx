/**
 * The call bell (안내벨): one tap sends the call at once; the visitor can then say what help they
 * need. The state shows in large words until the helper arrives. One open request per kiosk.
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../shared/i18n';
import type { HelpKind, KioskHelpPage } from '../../shared/schemas/help';
import { api } from '../../shared/ui/api';
import { useLive } from '../../shared/ui/use-live';
import { idleHold } from '../a11y/idle';
import { useKiosk } from '../context';
import { HelpIcon } from './HelpIcon';
import '../help.css';

// Written out rather than `HelpKind.options`, so the kiosk does not load zod for one list; the
// Record type makes the compiler name any kind missing here.
const KIND_ORDER: Record<HelpKind, true> = {
  mobility: true,
  vision: true,
  hearing: true,
  forms: true,
  language: true,
  other: true,
  come: true,
};
const KINDS = Object.keys(KIND_ORDER) as HelpKind[];
const OPEN = new Set(['open', 'accepted', 'arrived', 'escorting']);

function stateLine(page: KioskHelpPage | null, failed: boolean): { line: string; sub: string } {
  if (failed && !page) return { line: t('help.failed'), sub: '' };
  if (!page) return { line: t('help.calling'), sub: t('help.stay') };
  switch (page.status) {
    case 'open':
      return page.escalated
        ? { line: t('help.escalated'), sub: t('help.stay') }
        : { line: t('help.calling'), sub: t('help.stay') };
    case 'accepted':
      return {
        line: page.guideName
          ? t('help.coming', { name: page.guideName, min: page.etaMin })
          : t('help.comingAnon', { min: page.etaMin }),
        sub: t('help.stay'),
      };
    case 'arrived':
      return { line: t('help.arrived'), sub: '' };
    case 'escorting':
      return { line: t('help.escorting'), sub: '' };
    case 'resolved':
      return { line: t('help.resolved'), sub: '' };
    case 'cancelled':
      return { line: t('help.cancelled'), sub: '' };
  }
}

export function Help() {
  const { socket, deviceToken } = useKiosk();
  const live = useLive(socket, { kind: 'help' });
  const [posted, setPosted] = useState<KioskHelpPage | null>(null);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // The call goes out the moment the screen opens; a second tap gets the open one back.
  useEffect(() => {
    let gone = false;
    setFailed(false);
    void api<{ page: KioskHelpPage }>('/api/help/pages', { body: {}, deviceToken }).then((res) => {
      if (gone) return;
      if (res.ok) setPosted(res.data.page);
      else setFailed(true);
    });
    return () => {
      gone = true;
    };
  }, [attempt]);

  const streamed = live.state.value?.page ?? null;
  const page = streamed && (!posted || streamed.id >= posted.id) ? streamed : posted;
  const open = page !== null && OPEN.has(page.status);
  const { line, sub } = stateLine(page, failed);

  // An open call holds the kiosk here (no idle warning, no reset) until resolved or cancelled.
  // A call still going out holds it too: the visitor was already told a helper is being called.
  const holding = open || (page === null && !failed);
  useEffect(() => {
    idleHold.value = holding;
  }, [holding]);
  useEffect(() => () => void (idleHold.value = false), []);

  async function choose(kind: HelpKind) {
    if (!page || busy) return;
    setBusy(true);
    const res = await api<{ page: KioskHelpPage }>(`/api/help/pages/${page.id}/kind`, {
      body: { kind },
      deviceToken,
    });
    setBusy(false);
    if (res.ok) setPosted(res.data.page);
  }

  async function cancel() {
    if (!page || busy) return;
    setBusy(true);
    const res = await api<{ page: KioskHelpPage }>(`/api/help/pages/${page.id}/cancel`, {
      body: {},
      deviceToken,
    });
    setBusy(false);
    if (res.ok) setPosted(res.data.page);
  }

  return (
    <main class="kiosk-main">
      <h1>{t('help.title')}</h1>
      <div
        class="help-state"
        data-speak
        role="status"
        aria-live="assertive"
        data-status={page?.status ?? 'sending'}
        data-escalated={page?.escalated ? 'true' : 'false'}
      >
        <p class="help-state-line">{line}</p>
        {sub && <p class="help-state-sub">{sub}</p>}
        {page?.kind && (
          <p class="help-state-sub">
            {t('help.chosen', { kind: t(`help.kind.${page.kind}` as MessageKey) })}
          </p>
        )}
      </div>
      {open && (page.status === 'open' || page.status === 'accepted') && (
        <>
          <p class="kiosk-lead">{t('help.lead')}</p>
          <ul class="help-kinds">
            {KINDS.map((kind) => (
              <li key={kind}>
                <button
                  type="button"
                  class="help-kind"
                  aria-pressed={page.kind === kind}
                  disabled={busy}
                  onClick={() => choose(kind)}
                >
                  <HelpIcon kind={kind} />
                  {t(`help.kind.${kind}` as MessageKey)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="help-actions">
        {open && (
          <button type="button" disabled={busy} onClick={cancel}>
            {t('help.cancel')}
          </button>
        )}
        {!open && (page || failed) && (
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('help.again')}
          </button>
        )}
      </div>
    </main>
  );
}
