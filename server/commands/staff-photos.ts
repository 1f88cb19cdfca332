/**
 * A staff photo upload: re-encoded by sharp (rotated upright, cropped, fixed 3:4 size, WebP, no
 * metadata) with the officer's recorded consent; the old file removed once the new one is shown.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { CommandError, notFound } from '../../shared/errors';
import type { Principal } from '../../shared/events';
import type { StaffMember } from '../../shared/schemas/hall';
import type { PhotoCrop } from '../../shared/schemas/staff';
import type { Deps } from '../context';
import { actorOf, hallOf } from '../http/env';
import { publishStaffChange } from './staff-changes';

/** Largest upload accepted, in bytes: a phone photo fits; anything bigger is refused unread. */
export const PHOTO_MAX_BYTES = 8 * 1024 * 1024;
/**
 * Largest image accepted, in pixels (25 megapixels, a 6000×4000 camera; phones take 12): checked
 * from the header, before decoding. A tiny PNG can claim 36 megapixels and cost 150 MB decoded.
 */
export const PHOTO_MAX_PIXELS = 25_000_000;
/** Stored portrait size: 3:4, as the seat cards show it. */
export const PHOTO_SIZE = { width: 480, height: 640 };
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp']);

/** Every refusal of the photo itself names the form's file field, for the console to mark. */
const FILE_FIELD = (message: string) => [{ path: 'file', message }];

const notAnImage = () =>
  new CommandError(
    400,
    'not_an_image',
    'This file is not a JPEG, PNG or WebP photo.',
    FILE_FIELD('not a photo'),
  );

/**
 * Re-encodes an uploaded photo: rotated upright, cut to the admin's crop (in the upright image's
 * pixels) or else around the face, resized to 3:4, WebP, every metadata dropped.
 */
export async function reencodePhoto(input: Uint8Array, crop?: PhotoCrop): Promise<Buffer> {
  if (input.byteLength > PHOTO_MAX_BYTES) {
    throw new CommandError(
      413,
      'photo_too_large',
      'The photo is larger than 8 MB.',
      FILE_FIELD('too large'),
    );
  }
  const options = { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error' as const };
  const tooManyPixels = () =>
    new CommandError(
      413,
      'photo_too_many_pixels',
      'The photo has too many pixels (more than 25 megapixels). Send a smaller one.',
      FILE_FIELD('too many pixels'),
    );
  let meta: sharp.Metadata;
  try {
    // Reads the header only: the pixel limit is checked before anything is decoded.
    meta = await sharp(input, options).metadata();
  } catch (error) {
    if (error instanceof Error && /pixel limit/i.test(error.message)) throw tooManyPixels();
    throw notAnImage();
  }
  if (!meta.format || !ACCEPTED_FORMATS.has(meta.format)) throw notAnImage();
  if ((meta.width ?? 0) * (meta.height ?? 0) > PHOTO_MAX_PIXELS) throw tooManyPixels();
  if (crop) {
    // EXIF orientations 5–8 turn the picture a quarter: the browser showed it upright.
    const turned = (meta.orientation ?? 1) >= 5;
    const width = (turned ? meta.height : meta.width) ?? 0;
    const height = (turned ? meta.width : meta.height) ?? 0;
    if (crop.x + crop.w > width || crop.y + crop.h > height) {
      throw new CommandError(
        400,
        'crop_outside',
        `The crop goes beyond the photo (${width}×${height} pixels). Choose the position again.`,
        FILE_FIELD('crop outside the photo'),
      );
    }
  }
  try {
    // rotate() before extract(): the crop applies to the upright image, as the preview showed it.
    // sharp writes no metadata unless asked (no withMetadata): EXIF and GPS are gone.
    let image = sharp(input, options).rotate();
    if (crop) image = image.extract({ left: crop.x, top: crop.y, width: crop.w, height: crop.h });
    return await image
      .resize(PHOTO_SIZE.width, PHOTO_SIZE.height, {
        fit: 'cover',
        position: crop ? 'centre' : 'attention',
      })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    throw new CommandError(
      400,
      'photo_unreadable',
      'The photo could not be read. It may be damaged.',
      FILE_FIELD('unreadable'),
    );
  }
}

export async function uploadPhoto(
  deps: Deps,
  principal: Principal,
  staffId: number,
  input: { bytes: Uint8Array; consentDate: string; crop?: PhotoCrop | undefined },
): Promise<StaffMember> {
  const hallId = hallOf(principal);
  if (!deps.store.staff.get(hallId, staffId)) throw notFound('Staff member');
  const oldFile = deps.store.staff.photoFile(hallId, staffId);
  const encoded = await reencodePhoto(input.bytes, input.crop);
  const file = `staff-${staffId}-${randomBytes(6).toString('hex')}.webp`;
  const dir = join(deps.config.dataDir, 'photos');
  await mkdir(dir, { recursive: true });
  // The new file is written first: until the row points at it, the old photo stays shown.
  await writeFile(join(dir, file), encoded);
  const now = deps.clock.now().toISOString();
  deps.store.tx(() => {
    deps.store.staff.setPhotoWithConsent(hallId, staffId, file, input.consentDate);
    deps.store.events.append(hallId, now, actorOf(principal), 'staff:photo', {
      staffId,
      file,
      consentDate: input.consentDate,
      cropped: Boolean(input.crop),
    });
  });
  const updated = deps.store.staff.get(hallId, staffId);
  if (!updated) throw notFound('Staff member');
  publishStaffChange(deps, hallId, [{ id: staffId }]);
  // Only now that the row points at the new file is the old one removed (a portrait is personal data).
  if (oldFile && oldFile !== file) await unlink(join(dir, oldFile)).catch(() => undefined);
  return updated;
}
