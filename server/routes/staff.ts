/**
 * Staff: presence from the counter console; from the admin console add, edit, seat, retire, photo
 * upload with crop, CSV import, and the sign-in accounts of staff.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { CommandError, notFound } from '../../shared/errors';
import { IdParam } from '../../shared/schemas/common';
import { CreateAccountBody, UpdateAccountBody } from '../../shared/schemas/accounts';
import {
  ImportStaffQuery,
  PhotoCrop,
  SeatPlan,
  SeatPosition,
  SetPresenceBody,
  StaffBody,
} from '../../shared/schemas/staff';
import { setPresence, staffOfPrincipal } from '../commands/presence';
import { createAccount, resetPassword, updateAccount } from '../commands/staff-accounts';
import { moveSeat, setSeatPlan } from '../commands/seats';
import { addStaff, reinstateStaff, retireStaff, updateStaff } from '../commands/staff-admin';
import { importStaff } from '../commands/staff-import';
import { uploadPhoto } from '../commands/staff-photos';
import type { Deps } from '../context';
import { hallOf, type AppEnv } from '../http/env';
import { issuesOf, validate } from '../http/validate';

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
    .get('/admin', (c) => {
      const hallId = hallOf(c.get('principal'));
      return c.json({
        staff: deps.store.staff.adminList(hallId),
        accounts: deps.store.accounts.adminList(hallId),
      });
    })
    .post('/', validate('json', StaffBody), (c) =>
      c.json({ staff: addStaff(deps, c.get('principal'), c.req.valid('json')) }),
    )
    .post('/accounts', validate('json', CreateAccountBody), async (c) =>
      c.json(await createAccount(deps, c.get('principal'), c.req.valid('json'))),
    )
    .put('/accounts/:id', validate('param', IdPath), validate('json', UpdateAccountBody), (c) =>
      c.json({
        account: updateAccount(
          deps,
          c.get('principal'),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      }),
    )
    .post('/accounts/:id/reset-password', validate('param', IdPath), async (c) =>
      c.json(await resetPassword(deps, c.get('principal'), c.req.valid('param').id)),
    )
    .put('/:id', validate('param', IdPath), validate('json', StaffBody), (c) =>
      c.json({
        staff: updateStaff(deps, c.get('principal'), c.req.valid('param').id, c.req.valid('json')),
      }),
    )
    .get('/seat-plans/:id', validate('param', IdPath), (c) => {
      const hallId = hallOf(c.get('principal'));
      const { id } = c.req.valid('param');
      if (!deps.store.places.department(hallId, id)) {
        throw new CommandError(404, 'unknown_department', `There is no department ${id}.`);
      }
      return c.json({ plan: deps.store.seatPlans.get(hallId, id) });
    })
    .put('/seat-plans/:id', validate('param', IdPath), validate('json', SeatPlan), (c) =>
      c.json({
        plan: setSeatPlan(deps, c.get('principal'), c.req.valid('param').id, c.req.valid('json')),
      }),
    )
    .post('/:id/seat', validate('param', IdPath), validate('json', SeatPosition), (c) =>
      c.json({
        staff: moveSeat(deps, c.get('principal'), c.req.valid('param').id, c.req.valid('json')),
      }),
    )
    .post('/:id/retire', validate('param', IdPath), (c) =>
      c.json({ staff: retireStaff(deps, c.get('principal'), c.req.valid('param').id) }),
    )
    .post('/:id/reinstate', validate('param', IdPath), (c) =>
      c.json({ staff: reinstateStaff(deps, c.get('principal'), c.req.valid('param').id) }),
    )
    .post('/:id/presence', validate('param', IdPath), validate('json', SetPresenceBody), (c) =>
      c.json({
        staff: setPresence(deps, c.get('principal'), c.req.valid('param').id, c.req.valid('json')),
      }),
    )
    .post('/:id/photo', validate('param', IdPath), async (c) => {
      const form = await c.req.parseBody().catch(() => null);
      const file = form?.file;
      if (!form || !(file instanceof File)) {
        throw new CommandError(400, 'invalid_request', 'Send the photo as the form field "file".', [
          { path: 'file', message: 'no file' },
        ]);
      }
      const consent = form.consent === '1' || form.consent === 'on' || form.consent === 'true';
      const consentDate = typeof form.consentDate === 'string' ? form.consentDate : '';
      if (!consent || !ConsentDate.safeParse(consentDate).success) {
        throw new CommandError(
          400,
          'consent_required',
          'Record the officer’s consent (the checkbox and its date) before uploading a photo.',
          [{ path: consent ? 'consentDate' : 'consent', message: 'consent and its date' }],
        );
      }
      // The crop box is optional; when any of its fields is sent, all four must be valid.
      const cropFields = { x: form.cropX, y: form.cropY, w: form.cropW, h: form.cropH };
      let crop: PhotoCrop | undefined;
      if (Object.values(cropFields).some((v) => v !== undefined)) {
        const parsed = PhotoCrop.safeParse(cropFields);
        if (!parsed.success) {
          throw new CommandError(
            400,
            'invalid_crop',
            'The crop box (cropX, cropY, cropW, cropH) must be whole pixels inside the photo.',
            issuesOf(parsed.error),
          );
        }
        crop = parsed.data;
      }
      const staff = await uploadPhoto(deps, c.get('principal'), c.req.valid('param').id, {
        bytes: new Uint8Array(await file.arrayBuffer()),
        consentDate,
        crop,
      });
      return c.json({ staff });
    })
    .post('/import', validate('query', ImportStaffQuery), async (c) => {
      const csv = await c.req.text();
      return c.json(
        importStaff(deps, c.get('principal'), csv, c.req.valid('query').dryRun === '1'),
      );
    });
