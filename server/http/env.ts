/** The Hono environment every route shares: the principal settled by the auth middleware. */
import type { Principal } from '../../shared/events';

export type AppEnv = { Variables: { principal: Principal; clientKey: string } };

/** The hall a signed-in person or paired device belongs to; the policy guarantees one exists. */
export function hallOf(principal: Principal): number {
  if (principal.hallId === null) throw new Error('policy let through a principal without a hall');
  return principal.hallId;
}

export function actorOf(principal: Principal): string {
  if (principal.account) return `account:${principal.account.id}`;
  if (principal.device) return `device:${principal.device.id}`;
  return 'public';
}
