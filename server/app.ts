/** Builds the Hono app from its dependencies: API routes, error shape, security headers, pages. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { CommandError } from '../shared/errors';
import type { Deps } from './context';
import { DEFAULT_ADMISSION } from './config';
import { createAdmissionGate } from './http/admission';
import { authMiddleware } from './http/auth';
import type { AppEnv } from './http/env';
import { errorBody, onError } from './http/errors';
import { pageRoutes } from './pages';
import { authRoutes } from './routes/auth';
import { demoRoutes } from './routes/demo';
import { deviceRoutes } from './routes/devices';
import { fileRoutes } from './routes/files';
import { healthRoutes } from './routes/health';
import { speechRoutes } from './routes/speech';
import { VOICE_PACK_UPLOAD_PATH, voicePackBodyLimit, voicePackRoutes } from './routes/voice-packs';
import { ticketRoutes } from './routes/tickets';
import { counterRoutes } from './routes/counters';
import { helpRoutes } from './routes/help';
import { guidePwaRoutes } from './guide-pwa';
import { callbackRoutes } from './routes/callbacks';
import { feedbackRoutes, surveyRoutes } from './routes/feedback';
import { reportRoutes } from './routes/reports';
import { petitionRoutes, praiseRoutes } from './routes/petitions';
import { compensationRoutes } from './routes/compensation';
import { staffRoutes } from './routes/staff';
import { adminRoutes } from './routes/admin';
import { docsRoutes } from './routes/docs';
import { adminHallRoutes } from './routes/admin-hall';
import { PHOTO_MAX_BYTES } from './commands/staff-photos';
import {
  adminFloorRoutes,
  FLOOR_PLAN_PATH,
  floorPlanBodyLimit,
  placeRoutes,
} from './routes/floors';

const tooLarge = () => {
  throw new CommandError(413, 'too_large', 'The request is too large.');
};
const jsonBodyLimit = bodyLimit({ maxSize: 64 * 1024, onError: tooLarge });
const photoBodyLimit = bodyLimit({ maxSize: PHOTO_MAX_BYTES + 64 * 1024, onError: tooLarge });
// A hall's configuration file (floor plans, every department and staff member) is larger.
const configBodyLimit = bodyLimit({ maxSize: 4 * 1024 * 1024, onError: tooLarge });

export function createApi(deps: Deps) {
  const { admission = DEFAULT_ADMISSION } = deps.config;
  const gate = admission === false ? null : createAdmissionGate(admission);
  return (
    new Hono<AppEnv>()
      .use((c, next) =>
        // A staff photo upload may be larger than any JSON command (the command checks its size).
        (/^\/api\/staff\/\d+\/photo\/?$/.test(c.req.path)
          ? photoBodyLimit
          : FLOOR_PLAN_PATH.test(c.req.path)
            ? floorPlanBodyLimit
            : c.req.path === '/api/admin/config/import'
              ? configBodyLimit
              : c.req.method === 'POST' && VOICE_PACK_UPLOAD_PATH.test(c.req.path)
                ? voicePackBodyLimit
                : jsonBodyLimit)(c, next),
      )
      // Health first: no sign-in lookup and no gate stand between a monitor and its answer.
      .route('/health', healthRoutes(deps, gate))
      .use(authMiddleware(deps))
      // Sign-in has its own bounded gate for its costly password checks (auth/sign-in-guard.ts),
      // with its own per-address throttle and 429s; counting it here too would answer for it.
      .use((c, next) =>
        gate && c.req.path !== '/api/auth/sign-in' ? gate.middleware(c, next) : next(),
      )
      .route('/speech', speechRoutes(deps))
      .route('/voice-packs', voicePackRoutes(deps))
      .route('/auth', authRoutes(deps))
      .route('/devices', deviceRoutes(deps))
      .route('/tickets', ticketRoutes(deps))
      .route('/counters', counterRoutes(deps))
      .route('/demo', demoRoutes(deps))
      .route('/help', helpRoutes(deps))
      .route('/files', fileRoutes(deps))
      .route('/staff', staffRoutes(deps))
      .route('/callbacks', callbackRoutes(deps))
      .route('/feedback', feedbackRoutes(deps))
      .route('/surveys', surveyRoutes(deps))
      .route('/reports', reportRoutes(deps))
      .route('/petitions', petitionRoutes(deps))
      .route('/compensation', compensationRoutes(deps))
      .route('/praise', praiseRoutes(deps))
      .route('/admin/floors', adminFloorRoutes(deps))
      .route('/places', placeRoutes(deps))
      .route('/admin', adminRoutes(deps))
      .route('/hall', adminHallRoutes(deps))
      .route('/docs', docsRoutes(deps))
  );
}
export type ApiType = ReturnType<typeof createApi>;

export function createApp(deps: Deps) {
  const app = new Hono();
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Preact sets style properties from script, which CSP does not govern; no inline <style>.
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
      referrerPolicy: 'no-referrer',
      xContentTypeOptions: true,
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.route('/api', createApi(deps));
  app.onError(onError);
  app.notFound((c) =>
    c.json(errorBody({ code: 'not_found', message: `Nothing at ${c.req.path}.` }), 404),
  );
  app.route('/', guidePwaRoutes());
  app.route('/', pageRoutes(deps));
  return app;
}
