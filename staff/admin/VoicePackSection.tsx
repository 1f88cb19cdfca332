/**
 * 음성 팩: the hall's voice packs (uploaded, or the demo's rendered by the server), a sample call
 * to preview each, the one the boards speak with, whether screens may use their own voice, and
 * deleting a pack no board speaks with.
 */
import { useEffect, useState } from 'preact/hooks';
import { errorText, t } from '../../shared/i18n';
import { api } from '../../shared/ui/api';
import { ErrorAlert } from '../../shared/ui/components/ErrorAlert';
import { playClips } from '../../shared/ui/pack-voice';
import { sharedAudioContext } from '../../shared/ui/sound';
import { callClips } from '../../shared/voice-pack';

type Pack = { id: number; name: string; clips: string[]; source: string; createdAt: string };
type Packs = {
  packs: Pack[];
  choice: { packId: number | null; allowBrowserVoice: boolean };
};

/** Where a refusal is shown: at the control that caused it. */
type At = 'choice' | 'browser' | 'upload' | 'list';

/** The sample call a preview plays: ticket 1023 to counter 2. */
const SAMPLE = { number: '1023', counter: 2 };

export function VoicePackSection() {
  const [data, setData] = useState<Packs | null>(null);
  // Each refusal stands at the control that caused it: the pack chooser, the browser-voice box,
  // the upload, or the list's delete buttons. The list failing to load is no control's: it
  // stands under the list, or takes the section's place before the list first came.
  const [error, setErrorAt] = useState<{ at: At; text: string } | null>(null);
  const setError = (text: string | null, at: At = 'list') =>
    setErrorAt(text === null ? null : { at, text });
  const errorAt = (at: At) => (error?.at === at ? error.text : null);
  const [status, setStatus] = useState<string | null>(null);

  const load = async () => {
    const res = await api<Packs>('/api/voice-packs');
    if (res.ok) setData(res.data);
    else setError(errorText(res.error));
  };
  useEffect(() => void load(), []);

  async function save(choice: Packs['choice'], at: At) {
    const res = await api('/api/voice-packs/choice', { method: 'PUT', body: choice });
    if (!res.ok) return setError(errorText(res.error), at);
    setError(null);
    setStatus(t('voice.saved'));
    await load();
  }

  async function upload(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const form = new FormData();
    form.set('file', file);
    const res = await api<{ pack: Pack }>('/api/voice-packs', { raw: { body: form } });
    input.value = '';
    if (!res.ok) {
      setStatus(null);
      return setError(errorText(res.error), 'upload');
    }
    setError(null);
    setStatus(`${t('voice.upload')}: ${res.data.pack.name}`);
    await load();
  }

  async function remove(pack: Pack) {
    if (!window.confirm(t('voice.confirmDelete', { name: pack.name }))) return;
    const res = await api(`/api/voice-packs/${pack.id}`, { method: 'DELETE' });
    if (!res.ok) {
      // Another administrator may have chosen it meanwhile: the list shows it in use again.
      setStatus(null);
      setError(errorText(res.error));
      return load();
    }
    setError(null);
    setStatus(t('voice.deleted', { name: pack.name }));
    await load();
  }

  async function preview(pack: Pack) {
    const ctx = sharedAudioContext();
    const clips = callClips(SAMPLE.number, SAMPLE.counter, pack.clips);
    if (!ctx || !clips) return;
    await ctx.resume().catch(() => undefined);
    await playClips(ctx, pack.id, clips, (ms) => new Promise((r) => setTimeout(r, ms)));
  }

  if (!data) return <ErrorAlert message={error?.text} />;
  const { choice } = data;
  return (
    <div class="stack" role="group" aria-labelledby="voice-pack-heading">
      <h3 id="voice-pack-heading">{t('voice.pack')}</h3>
      <p>{t('voice.packHelp')}</p>
      <label>
        {t('voice.pack')}
        <select
          value={choice.packId ?? ''}
          onChange={(e) => {
            const value = (e.currentTarget as HTMLSelectElement).value;
            void save({ ...choice, packId: value ? Number(value) : null }, 'choice');
          }}
        >
          <option value="">{t('voice.none')}</option>
          {data.packs.map((pack) => (
            <option key={pack.id} value={pack.id}>
              {pack.name} ({pack.createdAt.slice(0, 10)})
            </option>
          ))}
        </select>
      </label>
      <ErrorAlert message={errorAt('choice')} />
      <div class="row">
        {data.packs
          .filter((pack) => pack.id === choice.packId)
          .map((pack) => (
            <button key={pack.id} type="button" onClick={() => void preview(pack)}>
              {t('voice.preview')}
            </button>
          ))}
        <label>
          {t('voice.upload')}
          <input type="file" accept=".zip,application/zip" onChange={upload} />
        </label>
        <ErrorAlert message={errorAt('upload')} />
      </div>
      {data.packs.length > 0 && (
        <>
          <h4 id="voice-pack-list">{t('voice.list')}</h4>
          <ul class="stack" aria-labelledby="voice-pack-list">
            {data.packs.map((pack) => (
              <li key={pack.id} class="row">
                <span>
                  {pack.name} ({pack.createdAt.slice(0, 10)})
                </span>
                {pack.id === choice.packId ? (
                  <strong>{t('voice.inUse')}</strong>
                ) : (
                  <button
                    type="button"
                    aria-label={t('voice.delete', { name: pack.name })}
                    onClick={() => void remove(pack)}
                  >
                    {t('adminx.delete')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorAlert message={errorAt('list')} />
      <label class="check">
        <input
          type="checkbox"
          checked={choice.allowBrowserVoice}
          onChange={(e) =>
            void save(
              {
                ...choice,
                allowBrowserVoice: (e.currentTarget as HTMLInputElement).checked,
              },
              'browser',
            )
          }
        />
        {t('voice.allowBrowser')}
      </label>
      <ErrorAlert message={errorAt('browser')} />
      {status && !error && <p role="status">{status}</p>}
    </div>
  );
}
