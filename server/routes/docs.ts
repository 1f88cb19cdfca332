/**
 * GET /api/docs: an OpenAPI 3.1 description generated from the policy table (every route and who
 * may call it) and, where a route's body schema is registered below, that zod schema as JSON Schema.
 */
import { Hono } from 'hono';
import { z, type ZodType } from 'zod';
import {
  CounterInput,
  DepartmentInput,
  DeviceUpdateInput,
  InfoPageInput,
  ServiceInput,
} from '../../shared/schemas/admin';
import { CreateDeviceBody, PairBody } from '../../shared/schemas/devices';
import { HallSettingsInput, PresenceScheduleInput, ServiceRules } from '../../shared/schemas/hall';
import { routePolicy } from '../auth/policy';
import type { Deps } from '../context';
import type { AppEnv } from '../http/env';

/** Request bodies by route; a route not listed here is documented without its body. */
const bodies: Record<string, ZodType> = {
  'POST /api/devices': CreateDeviceBody,
  'POST /api/devices/pair': PairBody,
  'POST /api/admin/departments': DepartmentInput,
  'PUT /api/admin/departments/:id': DepartmentInput,
  'POST /api/admin/services': ServiceInput,
  'PUT /api/admin/services/:id': ServiceInput,
  'POST /api/admin/counters': CounterInput,
  'PUT /api/admin/counters/:id': CounterInput,
  'POST /api/admin/info': InfoPageInput,
  'PUT /api/admin/info/:id': InfoPageInput,
  'PUT /api/admin/devices/:id': DeviceUpdateInput,
  'PUT /api/hall/settings': HallSettingsInput,
  'PUT /api/hall/services/:id/rules': ServiceRules,
  'POST /api/hall/presence-schedules': PresenceScheduleInput,
};

const jsonSchema = (schema: ZodType): unknown => {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
  } catch {
    return {};
  }
};

export function openApiDocument(version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [key, audience] of Object.entries(routePolicy)) {
    const [method = 'GET', path = ''] = key.split(' ');
    const params = [...path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
    const openPath = path.replace(/:(\w+)/g, '{$1}');
    const body = bodies[key];
    paths[openPath] ??= {};
    paths[openPath][method.toLowerCase()] = {
      summary: key,
      'x-audience': audience,
      parameters: params.map((name) => ({
        name,
        in: 'path',
        required: true,
        schema: { type: 'string' },
      })),
      ...(body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(body) } },
            },
          }
        : {}),
      responses: {
        '200': { description: 'OK' },
        '4XX': {
          description: 'The one error shape: { ok: false, error: { code, message, details? } }',
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Annae API',
      version,
      description:
        'Every route with the audiences the policy table lets through (x-audience). Staff sign in with a session cookie; paired screens send their device token as a Bearer token.',
    },
    paths,
  };
}

export const docsRoutes = (deps: Deps) =>
  new Hono<AppEnv>().get('/', (c) => c.json(openApiDocument(deps.config.version)));
