/**
 * Text sizes from the device's physical settings: a wall display's text must subtend 0.7° at its
 * viewing distance (37 mm at 3 m, 61 mm at 5 m), converted with the panel's pixels per millimetre.
 */
import type { DeviceSettings } from '../schemas/devices';

/** Height a glyph needs at a distance: d · tan(0.7°). */
export const minGlyphMm = (distanceMm: number): number =>
  distanceMm * Math.tan((0.7 * Math.PI) / 180);

/** Digits and Hangul of Pretendard: the ink of a digit is about 0.72 em, of Hangul about 0.9 em. */
export const DIGIT_INK_EM = 0.72;

/** The font size in CSS pixels whose digits meet the viewing distance on this panel. */
export function minFontPx(settings: Pick<DeviceSettings, 'pxPerMm' | 'viewingDistanceMm'>): number {
  return Math.ceil((minGlyphMm(settings.viewingDistanceMm) * settings.pxPerMm) / DIGIT_INK_EM);
}
