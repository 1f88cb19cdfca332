/** The demo hall's voice pack through the admin API, for browser tests. */
import { signIn } from './queue-api';

type Packs = {
  packs: { id: number; clips: string[]; source: string }[];
  choice: { packId: number | null; allowBrowserVoice: boolean };
};

/**
 * Waits until the server's engine has rendered the demo pack (it does so after starting, and
 * chooses it if the hall has none): the hall's chosen pack, else the engine's once set aside.
 */
export async function demoPack(
  url: string,
): Promise<{ id: number; clips: string[]; cookie: string }> {
  const cookie = await signIn(url, 'admin', 'annae-admin');
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const res = await fetch(`${url}/api/voice-packs`, { headers: { cookie } });
    const body = (await res.json()) as Packs;
    const pack =
      body.packs.find((p) => p.id === body.choice.packId) ??
      body.packs.find((p) => p.source === 'engine');
    if (pack) return { id: pack.id, clips: pack.clips, cookie };
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the demo voice pack was never rendered');
}

export async function chooseVoicePack(
  url: string,
  cookie: string,
  packId: number | null,
  allowBrowserVoice = true,
): Promise<void> {
  const res = await fetch(`${url}/api/voice-packs/choice`, {
    method: 'PUT',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ packId, allowBrowserVoice }),
  });
  if (!res.ok) throw new Error(`choosing the voice pack: ${res.status}`);
}
