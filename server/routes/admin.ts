/** The administrator's console: departments, services, counters, information pages, configuration file, audit log. */
import { Hono } from 'hono';
import { z } from 'zod';
import {
  CounterInput,
  DepartmentInput,
  DeviceUpdateInput,
  InfoPageInput,
  ServiceInput,
} from '../../shared/schemas/admin';
import { IdParam } from '../../shared/schemas/common';
import {
  createCounter,
  createDepartment,
  createInfoPage,
  createService,
  deleteInfoPage,
  updateCounter,
  updateDepartment,
  updateDevice,
  updateInfoPage,
  updateService,
} from '../commands/admin-config';
import { auditLog, exportHallConfig, importHallConfig } from '../commands/admin-transfer';
import type { Deps } from '../context';
import { actorOf, hallOf, type AppEnv } from '../http/env';
import { validate } from '../http/validate';

const IdPath = z.object({ id: IdParam });
const AuditQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

export const adminRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get('/config', (c) => {
      const hallId = hallOf(c.get('principal'));
      const config = exportHallConfig(deps, hallId);
      if (c.req.query('download') !== undefined) {
        c.header('Content-Disposition', 'attachment; filename="annae-hall-config.json"');
      }
      return c.json(config);
    })
    .post('/config/import', async (c) => {
      const principal = c.get('principal');
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        body = undefined;
      }
      return c.json(importHallConfig(deps, actorOf(principal), hallOf(principal), body));
    })
    .get('/hall', (c) => {
      const hallId = hallOf(c.get('principal'));
      const { store } = deps;
      return c.json({
        floors: store.places.floors(hallId).map(({ layout: _layout, ...f }) => f),
        departments: store.places.departments(hallId),
        services: store.services.list(hallId),
        counters: store.services.counters(hallId),
        infoPages: store.admin.infoPages(hallId),
      });
    })
    .get('/audit', validate('query', AuditQuery), (c) =>
      c.json({
        entries: auditLog(deps, hallOf(c.get('principal')), c.req.valid('query').limit),
      }),
    )
    .post('/departments', validate('json', DepartmentInput), (c) => {
      const p = c.get('principal');
      return c.json(
        { department: createDepartment(deps, actorOf(p), hallOf(p), c.req.valid('json')) },
        201,
      );
    })
    .put('/departments/:id', validate('param', IdPath), validate('json', DepartmentInput), (c) => {
      const p = c.get('principal');
      return c.json({
        department: updateDepartment(
          deps,
          actorOf(p),
          hallOf(p),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      });
    })
    .post('/services', validate('json', ServiceInput), (c) => {
      const p = c.get('principal');
      return c.json(
        { service: createService(deps, actorOf(p), hallOf(p), c.req.valid('json')) },
        201,
      );
    })
    .put('/services/:id', validate('param', IdPath), validate('json', ServiceInput), (c) => {
      const p = c.get('principal');
      return c.json({
        service: updateService(
          deps,
          actorOf(p),
          hallOf(p),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      });
    })
    .post('/counters', validate('json', CounterInput), (c) => {
      const p = c.get('principal');
      return c.json(
        { counter: createCounter(deps, actorOf(p), hallOf(p), c.req.valid('json')) },
        201,
      );
    })
    .put('/counters/:id', validate('param', IdPath), validate('json', CounterInput), (c) => {
      const p = c.get('principal');
      return c.json({
        counter: updateCounter(
          deps,
          actorOf(p),
          hallOf(p),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      });
    })
    .put('/devices/:id', validate('param', IdPath), validate('json', DeviceUpdateInput), (c) => {
      const p = c.get('principal');
      return c.json({
        device: updateDevice(
          deps,
          actorOf(p),
          hallOf(p),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      });
    })
    .post('/info', validate('json', InfoPageInput), (c) => {
      const p = c.get('principal');
      return c.json(
        { page: createInfoPage(deps, actorOf(p), hallOf(p), c.req.valid('json')) },
        201,
      );
    })
    .put('/info/:id', validate('param', IdPath), validate('json', InfoPageInput), (c) => {
      const p = c.get('principal');
      return c.json({
        page: updateInfoPage(
          deps,
          actorOf(p),
          hallOf(p),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      });
    })
    .delete('/info/:id', validate('param', IdPath), (c) => {
      const p = c.get('principal');
      deleteInfoPage(deps, actorOf(p), hallOf(p), c.req.valid('param').id);
      return c.json({ ok: true });
    });
