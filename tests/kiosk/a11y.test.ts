import { describe, expect, it } from 'vitest';
import { demoProfile } from '../../shared/profiles/demo';
import { DEFAULT_IDLE, idleSettings } from '../../kiosk/a11y/idle';
import { heightAboveFloorMm, reachBand } from '../../kiosk/a11y/reach';
import { createKioskState } from '../../kiosk/state';

describe('the reach band', () => {
  it('puts 400–1,220 mm on the screen from the device settings', () => {
    const device = { pxPerMm: 4.03, screenBottomMm: 900 };
    const band = reachBand(1920, device);
    expect(band.bottom).toBe(1920); // the screen's bottom (900 mm) is above 400 mm
    expect(heightAboveFloorMm(band.top, 1920, device)).toBeLessThanOrEqual(1220);
    expect(heightAboveFloorMm(band.top - 2, 1920, device)).toBeGreaterThan(1220);
  });
  it('covers the whole screen of a low-mounted kiosk and cuts the bottom of a very low one', () => {
    expect(reachBand(1920, { pxPerMm: 4.03, screenBottomMm: 700 })).toEqual({
      top: 0,
      bottom: 1920,
    });
    const low = reachBand(1920, { pxPerMm: 4.03, screenBottomMm: 300 });
    expect(
      heightAboveFloorMm(low.bottom, 1920, { pxPerMm: 4.03, screenBottomMm: 300 }),
    ).toBeGreaterThanOrEqual(400);
  });
});

describe('the idle reset settings', () => {
  it('reads the profile, never warns under 20 s, and falls back for profiles without it', () => {
    expect(idleSettings(demoProfile)).toEqual({ idleTimeoutSec: 90, idleWarningSec: 30 });
    expect(idleSettings({ kiosk: { idleTimeoutSec: 60, idleWarningSec: 20 } }).idleWarningSec).toBe(
      20,
    );
    expect(idleSettings({})).toEqual(DEFAULT_IDLE);
  });
});

describe('the session', () => {
  it('turns every mode off on reset', () => {
    const session = createKioskState();
    session.toggleMode('largeFont');
    session.toggleMode('lowScreen');
    session.go({ screen: 'services' });
    expect(session.modes.value.largeFont).toBe(true);
    session.reset();
    expect(Object.values(session.modes.value).every((on) => !on)).toBe(true);
    expect(session.route.value).toEqual({ screen: 'home' });
  });
});
