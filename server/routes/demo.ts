/**
 * The demo hall's landing page data: every screen, opened already paired or signed in.
 * Answers 404 unless the setting allows demo links (ANNAE_DEMO, on by default) and the hall is
 * still a demo hall: whoever reaches the port gets an admin session from here.
 */
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { z } from 'zod';
import { CommandError } from '../../shared/errors';
import { STAFF_SCREENS, type Screen } from '../../shared/screens';
import { SESSION_COOKIE } from '../auth/principal';
import { demoSession } from '../commands/auth';
import type { Deps } from '../context';
import type { AppEnv } from '../http/env';
import { validate } from '../http/validate';

function demoHall(deps: Deps) {
  const hall = deps.store.halls.list().find((h) => h.demo);
  const secrets = hall && deps.store.halls.demoSecrets(hall.id);
  if (!hall || !secrets) throw new CommandError(404, 'not_demo', 'This server runs no demo hall.');
  // The setting, not the hall's flag, decides: a demo hall kept under ANNAE_DEMO=0 opens nothing.
  if (!deps.config.demo) {
    throw new CommandError(
      404,
      'demo_off',
      'Demo links are turned off on this server (ANNAE_DEMO=0).',
    );
  }
  return { hall, secrets };
}

/** The screens of the demo hall, in the order the landing page lists them. */
export function demoScreens(deps: Deps): Screen[] {
  const { hall } = demoHall(deps);
  const departments = deps.store.places.departments(hall.id);
  return [
    {
      id: 'kiosk',
      group: 'visitor',
      title: '로비 키오스크',
      titleEn: 'Lobby kiosk',
      path: '/kiosk/',
    },
    {
      id: 'board',
      group: 'display',
      title: '번호표시기',
      titleEn: 'Now-serving board',
      path: '/display/board',
    },
    ...departments.map((d): Screen => ({
      id: `seats-${d.slug}`,
      group: 'display',
      title: `${d.name} 좌석배치도`,
      titleEn: `${d.nameEn} seat chart`,
      path: `/display/seats/${d.slug}`,
    })),
    ...STAFF_SCREENS,
  ];
}

function deviceTokenFor(
  deps: Deps,
  hallId: number,
  secrets: Record<string, string>,
  screen: string,
) {
  const devices = deps.store.devices.list(hallId).filter((d) => !d.revokedAt);
  const kind = screen === 'kiosk' ? 'kiosk' : screen === 'guide' ? 'guide' : 'display';
  const department = screen.startsWith('seats-')
    ? deps.store.places.departmentBySlug(hallId, screen.slice('seats-'.length))
    : undefined;
  const candidates = devices.filter((d) => d.kind === kind && secrets[`device:${d.id}`]);
  const best =
    candidates.find((d) => department && d.settings.departmentId === department.id) ??
    candidates.find((d) => d.settings.screen === (department ? 'seats' : 'board')) ??
    candidates[0];
  return best ? secrets[`device:${best.id}`] : undefined;
}

export const demoRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get('/screens', (c) => c.json({ hall: demoHall(deps).hall, screens: demoScreens(deps) }))
    .get('/open/:screen', validate('param', z.object({ screen: z.string().max(100) })), (c) => {
      const { hall, secrets } = demoHall(deps);
      const screen = demoScreens(deps).find((s) => s.id === c.req.valid('param').screen);
      if (!screen) throw new CommandError(404, 'not_found', 'No such demo screen.');
      if (screen.group === 'staff') {
        const role = screen.id as 'guide' | 'counter' | 'admin';
        const session = demoSession(deps, hall.id, role);
        setCookie(c, SESSION_COOKIE, session.id, {
          httpOnly: true,
          sameSite: 'Strict',
          secure: deps.config.secureCookies,
          path: '/',
          maxAge: session.maxAgeSeconds,
        });
      }
      const token =
        screen.id === 'counter' || screen.id === 'admin'
          ? undefined
          : deviceTokenFor(deps, hall.id, secrets, screen.id);
      return c.redirect(
        token ? `${screen.path}#device=${encodeURIComponent(token)}` : screen.path,
        302,
      );
    });
