/** Staff: presence from the counter console, photo upload and CSV import from the admin console. */
import { Hono } from 'hono';
import { z } from 'zod';
import { CommandError, notFound } from '../../shared/errors';
import { IdParam } from '../../shared/schemas/common';
import { ImportStaffQuery, SetPresenceBody } from '../../shared/schemas/staff';
import { setPresence, staffOfPrincipal } from '../commands/presence';
import { importStaff, uploadPhoto } from '../commands/staff-admin';
import type { Deps } from '../context';
import { hallOf, type AppEnv } from '../http/env';
import { validate } from '../http/validate';

const IdPath = z.object({ id: IdParam });
const ConsentDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const staffRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get('/me', (c) => {
      const principal = c.get('principal');
      const me = staffOfPrincipal(deps, principal);
      if (!me) throw notFound('Staff record of this account');
      const department = deps.store.places.department(hallOf(principal), me.departmentId);
      if (!department) throw notFound('Department');
      return c.json({
        staff: me,
        department,
        colleagues: deps.store.staff.ofDepartment(hallOf(principal), me.departmentId),
      });
    })
    .get('/', (c) => c.json({ staff: deps.store.staff.list(hallOf(c.get('principal'))) }))
    .post('/:id/presence', validate('param', IdPath), validate('json', SetPresenceBody), (c) =>
      c.json({
        staff: setPresence(deps, c.get('principal'), c.req.valid('param').id, c.req.valid('json')),
      }),
    )
    .post('/:id/photo', validate('param', IdPath), async (c) => {
      const form = await c.req.parseBody().catch(() => null);
      const file = form?.file;
      if (!form || !(file instanceof File)) {
        throw new CommandError(400, 'invalid_request', 'Send the photo as the form field "file".');
      }
      const consent = form.consent === '1' || form.consent === 'on' || form.consent === 'true';
      const consentDate = typeof form.consentDate === 'string' ? form.consentDate : '';
      if (!consent || !ConsentDate.safeParse(consentDate).success) {
        throw new CommandError(
          400,
          'consent_required',
          'Record the officer’s consent (the checkbox and its date) before uploading a photo.',
        );
      }
      const staff = await uploadPhoto(deps, c.get('principal'), c.req.valid('param').id, {
        bytes: new Uint8Array(await file.arrayBuffer()),
        consentDate,
      });
      return c.json({ staff });
    })
    .post('/import', validate('query', ImportStaffQuery), async (c) => {
      const csv = await c.req.text();
      return c.json(
        importStaff(deps, c.get('principal'), csv, c.req.valid('query').dryRun === '1'),
      );
    });
