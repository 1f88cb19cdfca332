/** The screens read the shipped profiles without zod: they must be exactly what the parse returns. */
import { describe, expect, it } from 'vitest';
import { profiles } from '../../shared/profiles';
import { catalogProfileById, profileCatalog } from '../../shared/profiles/catalog';

describe('the profile catalog the screens read', () => {
  it('holds every shipped profile, equal to its validated form', () => {
    expect(profileCatalog.map((p) => p.id).sort()).toEqual(Object.keys(profiles).sort());
    for (const profile of profileCatalog) expect(profile).toEqual(profiles[profile.id]);
  });
  it('falls back to the demo hall for an unknown id, like profileById', () => {
    expect(catalogProfileById('nowhere').id).toBe('demo');
    expect(catalogProfileById('mapo').id).toBe('mapo');
  });
});
