/** The charter profiles Annae ships, by id. */
import { anyangProfile } from './anyang';
import { demoProfile } from './demo';
import { gwangjinProfile } from './gwangjin';
import { mapoProfile } from './mapo';
import { mokpoProfile } from './mokpo';
import { parseProfile } from './parse';
import { pocheonProfile } from './pocheon';
import type { CharterProfile } from './schema';

export const profiles: Record<string, CharterProfile> = Object.fromEntries(
  [demoProfile, mapoProfile, gwangjinProfile, mokpoProfile, anyangProfile, pocheonProfile].map(
    (profile) => [profile.id, parseProfile(profile)],
  ),
);

export function profileById(id: string): CharterProfile {
  return profiles[id] ?? demoProfile;
}
export { CharterProfile } from './schema';
export { parseProfile, ProfileError } from './parse';
