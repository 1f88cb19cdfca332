/** The charter profiles Annae ships, by id. */
import { demoProfile } from './demo';
import { CharterProfile } from './schema';

export const profiles: Record<string, CharterProfile> = Object.fromEntries(
  [demoProfile].map((profile) => [profile.id, CharterProfile.parse(profile)]),
);

export function profileById(id: string): CharterProfile {
  return profiles[id] ?? demoProfile;
}
export { CharterProfile } from './schema';
