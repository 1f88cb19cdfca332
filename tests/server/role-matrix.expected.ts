/**
 * Who may reach what, written out for a reviewer: the role-matrix test calls every route, event
 * and stream as every caller and compares the answers with THIS table, not with
 * server/auth/policy.ts. Widening a row of the policy turns the test red until this file is changed
 * too, on purpose and in the same review; the test also requires both to list the same rows.
 *
 * One row per line: the route (or event, or stream kind), then who may reach it. `public` is
 * anyone; kiosk, display and guide-device are paired screens; admin, counter and guide are staff.
 */
import type { Audience } from '../../server/auth/policy';

const ROUTES = `
GET /api/health                              public
GET /api/speech                              public
GET /api/speech/engine                       public
GET /api/voice-packs                         admin
POST /api/voice-packs                        admin
PUT /api/voice-packs/choice                  admin
DELETE /api/voice-packs/:id                  admin
POST /api/voice-packs/path                   kiosk display
GET /api/voice-packs/:id/clips/:clip         public
POST /api/auth/sign-in                       public
POST /api/auth/sign-out                      public
POST /api/auth/change-password               public
GET /api/auth/me                             admin counter guide
POST /api/devices/pair                       public
GET /api/devices/me                          kiosk display guide-device
GET /api/devices                             admin
POST /api/devices                            admin
POST /api/devices/:id/pairing-code           admin
POST /api/devices/:id/revoke                 admin
POST /api/tickets                            kiosk
GET /api/tickets/:code                       public
POST /api/tickets/:code/cancel               public
POST /api/tickets/:id/transfer               counter admin
POST /api/counters/:id/state                 counter admin
POST /api/counters/:id/call-next             counter admin
POST /api/counters/:id/call                  counter admin
POST /api/counters/:id/recall                counter admin
POST /api/counters/:id/no-show               counter admin
POST /api/counters/:id/done                  counter admin
GET /api/demo/screens                        public
GET /api/demo/open/:screen                   public
GET /api/files/photos/:file                  public
POST /api/feedback                           kiosk
GET /api/feedback/receipt/:receipt           public
GET /api/feedback                            admin counter
GET /api/feedback/:id                        admin counter
POST /api/feedback/:id/assign                admin
POST /api/feedback/:id/investigate           admin counter
POST /api/feedback/:id/answer                admin counter
POST /api/feedback/:id/close                 admin counter
POST /api/surveys                            public
GET /api/reports/charter                     admin
GET /api/reports/charter.csv                 admin
GET /api/petitions                           counter admin
POST /api/petitions                          counter admin
POST /api/petitions/:id/notice               counter admin
POST /api/petitions/:id/close                counter admin
GET /api/compensation                        counter admin
POST /api/compensation                       counter admin
GET /api/praise/mine                         counter
POST /api/praise/:id/read                    counter
GET /api/staff/me                            counter admin
GET /api/staff                               counter admin
POST /api/staff/:id/presence                 counter admin
POST /api/staff/:id/photo                    admin
POST /api/staff/import                       admin
GET /api/staff/admin                         admin
POST /api/staff                              admin
PUT /api/staff/:id                           admin
POST /api/staff/:id/seat                     admin
GET /api/staff/seat-plans/:id                admin
PUT /api/staff/seat-plans/:id                admin
POST /api/staff/:id/retire                   admin
POST /api/staff/:id/reinstate                admin
POST /api/staff/accounts                     admin
PUT /api/staff/accounts/:id                  admin
POST /api/staff/accounts/:id/reset-password  admin
POST /api/callbacks                          kiosk
GET /api/callbacks/inbox                     counter admin
POST /api/callbacks/:id/called               counter admin
POST /api/callbacks/:id/done                 counter admin
POST /api/help/pages                         kiosk
POST /api/help/pages/:id/kind                kiosk
POST /api/help/pages/:id/cancel              kiosk
POST /api/help/pages/:id/accept              guide admin
POST /api/help/pages/:id/arrive              guide admin
POST /api/help/pages/:id/escort              guide admin
POST /api/help/pages/:id/resolve             guide admin
POST /api/help/duty                          guide
POST /api/help/appointments                  admin counter guide
POST /api/help/appointments/:id/cancel       admin counter guide
GET /api/admin/config                        admin
POST /api/admin/config/import                admin
GET /api/admin/hall                          admin
GET /api/admin/audit                         admin
POST /api/admin/departments                  admin
PUT /api/admin/departments/:id               admin
POST /api/admin/services                     admin
PUT /api/admin/services/:id                  admin
POST /api/admin/counters                     admin
PUT /api/admin/counters/:id                  admin
POST /api/admin/info                         admin
PUT /api/admin/info/:id                      admin
DELETE /api/admin/info/:id                   admin
PUT /api/admin/devices/:id                   admin
GET /api/docs                                admin
GET /api/admin/floors                        admin
PUT /api/admin/floors/:id/layout             admin
POST /api/admin/floors/:id/plan              admin
DELETE /api/admin/floors/:id/plan            admin
PUT /api/admin/floors/kiosks/:id/place       admin
GET /api/places/plans/:id                    public
GET /api/places/:hall                        public
GET /api/hall/settings                       admin
PUT /api/hall/settings                       admin
POST /api/hall/convert-demo                  admin
GET /api/hall/service-rules                  admin
PUT /api/hall/services/:id/rules             admin
POST /api/hall/devices/:id/command           admin
POST /api/hall/devices/version               kiosk display guide-device
POST /api/hall/devices/print                 kiosk
GET /api/hall/presence-schedules             admin counter
POST /api/hall/presence-schedules            admin counter
DELETE /api/hall/presence-schedules/:id      admin counter
`;

const EVENTS = `
stream:subscribe  public
`;

const STREAMS = `
kiosk    kiosk
board    display admin counter
seats    display kiosk admin counter
guides   guide admin
help     kiosk
counter  counter admin
admin    admin
ticket   public
`;

function table(text: string): Record<string, Audience[]> {
  const rows: Record<string, Audience[]> = {};
  for (const line of text.split('\n').filter((l) => l.trim() !== '')) {
    // A route is "METHOD /path"; an event or stream is one word. The audiences follow.
    const words = line.trim().split(/\s+/);
    const keyLength = /^[A-Z]+$/.test(words[0]!) ? 2 : 1;
    rows[words.slice(0, keyLength).join(' ')] = words.slice(keyLength) as Audience[];
  }
  return rows;
}

export const expectedRoutes = table(ROUTES);
export const expectedEvents = table(EVENTS);
export const expectedStreams = table(STREAMS);
