/**
 * Where the wheelchair reach band (controls 400–1,220 mm above the floor, the Korean kiosk
 * standard) falls on this kiosk's screen, from the device settings. Pure, so tests share it.
 */
import type { DeviceSettings } from '../../shared/schemas/devices';

export const REACH_LOW_MM = 400;
export const REACH_HIGH_MM = 1220;

/** Height above the floor, in mm, of a point `y` px from the top of a viewport `viewportPx` tall. */
export function heightAboveFloorMm(
  y: number,
  viewportPx: number,
  settings: Pick<DeviceSettings, 'pxPerMm' | 'screenBottomMm'>,
): number {
  return settings.screenBottomMm + (viewportPx - y) / settings.pxPerMm;
}

/** The band's top and bottom in px from the top of the viewport, clamped to the screen. */
export function reachBand(
  viewportPx: number,
  settings: Pick<DeviceSettings, 'pxPerMm' | 'screenBottomMm'>,
): { top: number; bottom: number } {
  const yAt = (mm: number) => viewportPx - (mm - settings.screenBottomMm) * settings.pxPerMm;
  const top = Math.max(0, Math.ceil(yAt(REACH_HIGH_MM)));
  const bottom = Math.min(viewportPx, Math.floor(yAt(REACH_LOW_MM)));
  return { top: Math.min(top, bottom), bottom };
}
