/**
 * The shipped charter profiles as written, without their zod schema: for the screens, which only
 * read a few numbers (the kiosk's idle reset) and should not carry a validator for it. The server
 * validates every one of them at start (shared/profiles/index.ts), and
 * tests/shared/profile-catalog.test.ts checks that these are the same objects the parse returns.
 */
import { anyangProfile } from './anyang';
import { demoProfile } from './demo';
import { gwangjinProfile } from './gwangjin';
import { mapoProfile } from './mapo';
import { mokpoProfile } from './mokpo';
import { pocheonProfile } from './pocheon';
import type { CharterProfile } from './schema';

export const profileCatalog: readonly CharterProfile[] = [
  demoProfile,
  mapoProfile,
  gwangjinProfile,
  mokpoProfile,
  anyangProfile,
  pocheonProfile,
];

/** The profile as written (the demo hall's when the id is unknown), not validated here. */
export function catalogProfileById(id: string): CharterProfile {
  return profileCatalog.find((profile) => profile.id === id) ?? demoProfile;
}
