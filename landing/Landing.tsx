/** `/`: in a demo hall, every screen as a link that opens it paired or signed in. */
import { useEffect, useState } from 'preact/hooks';
import type { HallInfo } from '../shared/schemas/hall';
import { t } from '../shared/i18n';
import { api } from '../shared/ui/api';
import { STAFF_SCREENS, type Screen } from '../shared/screens';

export function Landing() {
  const [demo, setDemo] = useState<{ hall: HallInfo; screens: Screen[] } | null | undefined>(
    undefined,
  );
  useEffect(() => {
    void api<{ hall: HallInfo; screens: Screen[] }>('/api/demo/screens').then((res) =>
      setDemo(res.ok ? res.data : null),
    );
  }, []);
  if (demo === undefined) return <p role="status">{t('common.loading')}</p>;
  const groups = [
    ['visitor', t('landing.visitor')],
    ['display', t('landing.display')],
    ['staff', t('landing.staff')],
  ] as const;
  return (
    <main class="landing">
      <h1>{demo ? `${t('landing.title')} · ${demo.hall.name}` : t('landing.title')}</h1>
      <p>{demo ? t('landing.lead') : t('landing.noDemo')}</p>
      {groups.map(([group, heading]) => {
        const screens = (demo?.screens ?? STAFF_SCREENS).filter((s) => s.group === group);
        if (screens.length === 0) return null;
        return (
          <section key={group} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{heading}</h2>
            <ul class="landing-links">
              {screens.map((screen) => (
                <li key={screen.id}>
                  <a class="button" href={demo ? `/api/demo/open/${screen.id}` : screen.path}>
                    <span>{screen.title}</span>
                    <small lang="en">{screen.titleEn}</small>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
