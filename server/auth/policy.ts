/**
 * Who may do what: the one table of every HTTP route and socket event. The auth middleware and
 * `io.use` read it, and a route missing here answers 404. The table opens the door to a route;
 * which item behind it a signed-in officer may touch is the command's rule, next to the item: an
 * officer sets only their own presence and schedule (commands/presence.ts, presence-schedule.ts)
 * and works only the complaints, callbacks and petitions they handle (feedback.ts, callbacks.ts,
 * petitions.ts), where an administrator may do all of it.
 */
import type { Principal } from '../../shared/events';
import type { StreamKind } from '../../shared/streams';

/** `public` is anyone; device kinds are paired screens; the rest are staff roles. */
export type Audience =
  'public' | 'kiosk' | 'display' | 'guide-device' | 'admin' | 'counter' | 'guide';

export const routePolicy: Record<string, readonly Audience[]> = {
  'GET /api/health': ['public'],
  'GET /api/speech': ['public'],
  'GET /api/speech/engine': ['public'],
  // Voice packs: the clips are the hall's spoken words, fetched by boards like /api/speech.
  'GET /api/voice-packs': ['admin'],
  'POST /api/voice-packs': ['admin'],
  'PUT /api/voice-packs/choice': ['admin'],
  'DELETE /api/voice-packs/:id': ['admin'],
  'POST /api/voice-packs/path': ['kiosk', 'display'],
  'GET /api/voice-packs/:id/clips/:clip': ['public'],
  'POST /api/auth/sign-in': ['public'],
  'POST /api/auth/sign-out': ['public'],
  // The forced change after a reset: the temporary password is the credential.
  'POST /api/auth/change-password': ['public'],
  'GET /api/auth/me': ['admin', 'counter', 'guide'],
  'POST /api/devices/pair': ['public'],
  'GET /api/devices/me': ['kiosk', 'display', 'guide-device'],
  'GET /api/devices': ['admin'],
  'POST /api/devices': ['admin'],
  'POST /api/devices/:id/pairing-code': ['admin'],
  'POST /api/devices/:id/revoke': ['admin'],
  'POST /api/tickets': ['kiosk'],
  'GET /api/tickets/:code': ['public'],
  'POST /api/tickets/:code/cancel': ['public'],
  'POST /api/tickets/:id/transfer': ['counter', 'admin'],
  'POST /api/counters/:id/state': ['counter', 'admin'],
  'POST /api/counters/:id/call-next': ['counter', 'admin'],
  'POST /api/counters/:id/call': ['counter', 'admin'],
  'POST /api/counters/:id/recall': ['counter', 'admin'],
  'POST /api/counters/:id/no-show': ['counter', 'admin'],
  'POST /api/counters/:id/done': ['counter', 'admin'],
  'GET /api/demo/screens': ['public'],
  'GET /api/demo/open/:screen': ['public'],
  'GET /api/files/photos/:file': ['public'],
  'POST /api/feedback': ['kiosk'],
  'GET /api/feedback/receipt/:receipt': ['public'],
  // A counter officer passes only to the items an administrator made them the handler of (the
  // command answers 404 for any other, and for an item about the caller, whatever the role).
  'GET /api/feedback': ['admin', 'counter'],
  'GET /api/feedback/:id': ['admin', 'counter'],
  'POST /api/feedback/:id/assign': ['admin'],
  'POST /api/feedback/:id/investigate': ['admin', 'counter'],
  'POST /api/feedback/:id/answer': ['admin', 'counter'],
  'POST /api/feedback/:id/close': ['admin', 'counter'],
  'POST /api/surveys': ['public'],
  'GET /api/reports/charter': ['admin'],
  'GET /api/reports/charter.csv': ['admin'],
  'GET /api/petitions': ['counter', 'admin'],
  'POST /api/petitions': ['counter', 'admin'],
  'POST /api/petitions/:id/notice': ['counter', 'admin'],
  'POST /api/petitions/:id/close': ['counter', 'admin'],
  'GET /api/compensation': ['counter', 'admin'],
  'POST /api/compensation': ['counter', 'admin'],
  'GET /api/praise/mine': ['counter'],
  'POST /api/praise/:id/read': ['counter'],
  'GET /api/staff/me': ['counter', 'admin'],
  'GET /api/staff': ['counter', 'admin'],
  'POST /api/staff/:id/presence': ['counter', 'admin'],
  'POST /api/staff/:id/photo': ['admin'],
  'POST /api/staff/import': ['admin'],
  'GET /api/staff/admin': ['admin'],
  'POST /api/staff': ['admin'],
  'PUT /api/staff/:id': ['admin'],
  'POST /api/staff/:id/seat': ['admin'],
  'GET /api/staff/seat-plans/:id': ['admin'],
  'PUT /api/staff/seat-plans/:id': ['admin'],
  'POST /api/staff/:id/retire': ['admin'],
  'POST /api/staff/:id/reinstate': ['admin'],
  'POST /api/staff/accounts': ['admin'],
  'PUT /api/staff/accounts/:id': ['admin'],
  'POST /api/staff/accounts/:id/reset-password': ['admin'],
  'POST /api/callbacks': ['kiosk'],
  'GET /api/callbacks/inbox': ['counter', 'admin'],
  'POST /api/callbacks/:id/called': ['counter', 'admin'],
  'POST /api/callbacks/:id/done': ['counter', 'admin'],
  'POST /api/help/pages': ['kiosk'],
  'POST /api/help/pages/:id/kind': ['kiosk'],
  'POST /api/help/pages/:id/cancel': ['kiosk'],
  'POST /api/help/pages/:id/accept': ['guide', 'admin'],
  'POST /api/help/pages/:id/arrive': ['guide', 'admin'],
  'POST /api/help/pages/:id/escort': ['guide', 'admin'],
  'POST /api/help/pages/:id/resolve': ['guide', 'admin'],
  'POST /api/help/duty': ['guide'],
  'POST /api/help/appointments': ['admin', 'counter', 'guide'],
  'POST /api/help/appointments/:id/cancel': ['admin', 'counter', 'guide'],
  'GET /api/admin/config': ['admin'],
  'POST /api/admin/config/import': ['admin'],
  'GET /api/admin/hall': ['admin'],
  'GET /api/admin/audit': ['admin'],
  'POST /api/admin/departments': ['admin'],
  'PUT /api/admin/departments/:id': ['admin'],
  'POST /api/admin/services': ['admin'],
  'PUT /api/admin/services/:id': ['admin'],
  'POST /api/admin/counters': ['admin'],
  'PUT /api/admin/counters/:id': ['admin'],
  'POST /api/admin/info': ['admin'],
  'PUT /api/admin/info/:id': ['admin'],
  'DELETE /api/admin/info/:id': ['admin'],
  'PUT /api/admin/devices/:id': ['admin'],
  'GET /api/docs': ['admin'],
  // Floors and maps (층과 지도): the editor is the admin's; plans and rooms are public.
  'GET /api/admin/floors': ['admin'],
  'PUT /api/admin/floors/:id/layout': ['admin'],
  'POST /api/admin/floors/:id/plan': ['admin'],
  'DELETE /api/admin/floors/:id/plan': ['admin'],
  'PUT /api/admin/floors/kiosks/:id/place': ['admin'],
  'GET /api/places/plans/:id': ['public'],
  'GET /api/places/:hall': ['public'],
  // Hall settings and profile, service rules, device commands, scheduled presence (admin-hall).
  'GET /api/hall/settings': ['admin'],
  'PUT /api/hall/settings': ['admin'],
  // The demo hall becomes a real one: demo links, sessions and device tokens all end.
  'POST /api/hall/convert-demo': ['admin'],
  'GET /api/hall/service-rules': ['admin'],
  'PUT /api/hall/services/:id/rules': ['admin'],
  'POST /api/hall/devices/:id/command': ['admin'],
  'POST /api/hall/devices/version': ['kiosk', 'display', 'guide-device'],
  'POST /api/hall/devices/print': ['kiosk'],
  'GET /api/hall/presence-schedules': ['admin', 'counter'],
  'POST /api/hall/presence-schedules': ['admin', 'counter'],
  'DELETE /api/hall/presence-schedules/:id': ['admin', 'counter'],
};

export const socketPolicy: Record<string, readonly Audience[]> = {
  'stream:subscribe': ['public'],
};

/** Which principals may follow which stream; `subscribe` also checks the hall. */
export const streamPolicy: Record<StreamKind, readonly Audience[]> = {
  kiosk: ['kiosk'],
  board: ['display', 'admin', 'counter'],
  seats: ['display', 'kiosk', 'admin', 'counter'],
  guides: ['guide', 'admin'],
  // The calling kiosk's own request, in its own room.
  help: ['kiosk'],
  counter: ['counter', 'admin'],
  admin: ['admin'],
  // The code itself is the secret: 80 random bits, on the visitor's own ticket.
  ticket: ['public'],
};

export function audiencesOf(principal: Principal): Set<Audience> {
  const set = new Set<Audience>(['public']);
  if (principal.device)
    set.add(principal.device.kind === 'guide' ? 'guide-device' : principal.device.kind);
  if (principal.account) set.add(principal.account.role);
  return set;
}

export function allows(allowed: readonly Audience[], principal: Principal): boolean {
  const mine = audiencesOf(principal);
  return allowed.some((audience) => mine.has(audience));
}

const compiled = Object.entries(routePolicy).map(([key, allowed]) => {
  const [method, path] = key.split(' ') as [string, string];
  const pattern = new RegExp(`^${path.replace(/:[a-zA-Z]+/g, '[^/]+')}/?$`);
  return { method, pattern, allowed };
});

export function policyFor(method: string, path: string): readonly Audience[] | undefined {
  const m = method === 'HEAD' ? 'GET' : method;
  return compiled.find((entry) => entry.method === m && entry.pattern.test(path))?.allowed;
}
