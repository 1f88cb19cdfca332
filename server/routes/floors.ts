/**
 * Floors and maps. Admin (/api/admin/floors): the editor's data, a floor's layout, a kiosk's place,
 * a floor plan upload. Public (/api/places): what the phone route page needs (plans, rooms,
 * department names and rooms; nothing about staff or devices) and the plan images.
 */
import { bodyLimit } from 'hono/body-limit';
import { Hono } from 'hono';
import { z } from 'zod';
import { CommandError, notFound } from '../../shared/errors';
import { buildRouteGraph, nodeOfArea, RouteGraphError } from '../../shared/route-graph';
import { IdParam } from '../../shared/schemas/common';
import {
  FloorLayoutInput,
  KioskPlacementInput,
  type PublicPlaces,
} from '../../shared/schemas/floors';
import {
  FLOOR_PLAN_MAX_BYTES,
  placeKiosk,
  planTooLarge,
  removeFloorPlan,
  saveFloorLayout,
  uploadFloorPlan,
} from '../commands/floors';
import { toPublicDevice } from '../commands/devices';
import type { Deps } from '../context';
import { actorOf, hallOf, type AppEnv } from '../http/env';
import { validate } from '../http/validate';

const IdPath = z.object({ id: IdParam });
const HallPath = z.object({ hall: IdParam });

/** The upload path takes a larger body than a JSON command; app.ts applies this limit to it. */
export const FLOOR_PLAN_PATH = /^\/api\/admin\/floors\/\d+\/plan\/?$/;
export const floorPlanBodyLimit = bodyLimit({
  maxSize: FLOOR_PLAN_MAX_BYTES + 64 * 1024,
  onError: () => {
    throw planTooLarge();
  },
});

const CONTENT_TYPES = { svg: 'image/svg+xml', png: 'image/png', jpeg: 'image/jpeg' } as const;

export const adminFloorRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get('/', (c) => {
      const hallId = hallOf(c.get('principal'));
      return c.json({
        floors: deps.store.places.floors(hallId),
        departments: deps.store.places.departments(hallId),
        kiosks: deps.store.devices
          .list(hallId)
          .filter((d) => d.kind === 'kiosk' && d.revokedAt === null)
          .map((d) => toPublicDevice(deps, d)),
      });
    })
    .put('/:id/layout', validate('param', IdPath), validate('json', FloorLayoutInput), (c) => {
      const p = c.get('principal');
      return c.json({
        floor: saveFloorLayout(
          deps,
          actorOf(p),
          hallOf(p),
          c.req.valid('param').id,
          c.req.valid('json'),
        ),
      });
    })
    .post('/:id/plan', validate('param', IdPath), async (c) => {
      const form = await c.req.parseBody().catch(() => null);
      const file = form?.file;
      if (!form || !(file instanceof File))
        throw new CommandError(
          400,
          'invalid_request',
          'Send the floor plan as the form field "file" (SVG, PNG or JPEG).',
        );
      if (file.size > FLOOR_PLAN_MAX_BYTES) throw planTooLarge();
      const p = c.get('principal');
      return c.json(
        await uploadFloorPlan(
          deps,
          actorOf(p),
          hallOf(p),
          c.req.valid('param').id,
          new Uint8Array(await file.arrayBuffer()),
        ),
      );
    })
    .delete('/:id/plan', validate('param', IdPath), (c) => {
      const p = c.get('principal');
      return c.json({
        floor: removeFloorPlan(deps, actorOf(p), hallOf(p), c.req.valid('param').id),
      });
    })
    .put(
      '/kiosks/:id/place',
      validate('param', IdPath),
      validate('json', KioskPlacementInput),
      (c) => {
        const p = c.get('principal');
        return c.json({
          device: placeKiosk(
            deps,
            actorOf(p),
            hallOf(p),
            c.req.valid('param').id,
            c.req.valid('json'),
          ),
        });
      },
    );

/** The node a visitor without a kiosk starts from: the ground floor's main exit (entrance). */
function entranceNode(floors: PublicPlaces['floors']): string | null {
  let graph;
  try {
    graph = buildRouteGraph(floors);
  } catch (error) {
    if (error instanceof RouteGraphError) return null;
    throw error;
  }
  const ground =
    floors.find((f) => f.code === '1F') ?? floors.find((f) => f.sort === 1) ?? floors[0];
  const exit = ground?.layout.areas.find((a) => a.kind === 'exit');
  const lobby = ground?.layout.areas.find((a) => a.kind === 'lobby');
  const area = exit ?? lobby;
  return area ? nodeOfArea(graph, area.id) : null;
}

export const placeRoutes = (deps: Deps) =>
  new Hono<AppEnv>()
    .get('/plans/:id', validate('param', IdPath), (c) => {
      const plan = deps.store.places.planOfFloor(c.req.valid('param').id);
      if (!plan) throw notFound('Floor plan');
      return c.body(new Uint8Array(plan.bytes), 200, {
        'Content-Type': CONTENT_TYPES[plan.kind],
        'Cache-Control': 'public, max-age=300',
        // A cleaned SVG opened on its own still runs nothing and loads nothing.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        'X-Content-Type-Options': 'nosniff',
      });
    })
    .get('/:hall', validate('param', HallPath), (c) => {
      const hallId = c.req.valid('param').hall;
      const hall = deps.store.halls.get(hallId);
      if (!hall) throw notFound('Hall');
      const floors = deps.store.places.floors(hallId);
      const body: PublicPlaces = {
        hall: { id: hall.id, name: hall.name, nameEn: hall.nameEn },
        floors,
        departments: deps.store.places
          .departments(hallId)
          .map(({ id, slug, name, nameEn, floorId, room }) => ({
            id,
            slug,
            name,
            nameEn,
            floorId,
            room,
          })),
        entranceNode: entranceNode(floors),
      };
      c.header('Cache-Control', 'no-cache');
      return c.json(body);
    });
