/** Devices (kiosks, wall displays, guide tablets), their settings and pairing. */
import { z } from 'zod';
import { line } from './text';
import { Id } from './common';

export const DeviceKind = z.enum(['kiosk', 'display', 'guide']);
export type DeviceKind = z.infer<typeof DeviceKind>;

/** Physical facts of the device that every millimetre check converts with. */
export const DeviceSettings = z
  .object({
    /**
     * Screen pixels per millimetre at device pixel ratio 1 (27″ 1080p ≈ 3.21), for the kiosk's
     * reach band. Wall displays use `panelInch` instead, which holds at any resolution.
     */
    pxPerMm: z.number().min(0.5).max(20).default(3.21),
    /** Height of the screen's bottom edge above the floor, for the low-screen reach band. */
    screenBottomMm: z.number().min(0).max(2000).default(700),
    /**
     * The panel's diagonal in inches: a wall display (board, seat chart) derives its px/mm from it
     * and the resolution it runs at; unset, a 43″ panel is assumed.
     */
    panelInch: z.number().min(7).max(120).optional(),
    /** Where people stand, for wall displays' text height. */
    viewingDistanceMm: z.number().min(200).max(20000).default(500),
    floorId: Id.nullable().default(null),
    /** Position on the floor layout and the direction the screen faces, in degrees. */
    x: z.number().default(0),
    y: z.number().default(0),
    facing: z.number().min(0).max(359).default(0),
    /** What a wall display shows: the board or one office's seat chart. */
    screen: z.enum(['board', 'seats']).default('board'),
    departmentId: Id.nullable().default(null),
  })
  .strict();
export type DeviceSettings = z.infer<typeof DeviceSettings>;

export const Device = z.object({
  id: Id,
  kind: DeviceKind,
  name: z.string(),
  settings: DeviceSettings,
  pairedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastSeenAt: z.string().nullable(),
  online: z.boolean(),
  /** The app version the screen last reported (the server's version when it loaded). */
  appVersion: z.string().nullable().optional(),
  /** How the screen last said it speaks: voice pack, browser voice, server speech; null: none. */
  voicePath: z.enum(['pack', 'browser', 'server']).nullable().optional(),
  /** A kiosk's last print job as its browser saw it (paper itself is beyond what it can know). */
  lastPrint: z
    .object({ at: z.string(), outcome: z.enum(['sent', 'failed']), test: z.boolean() })
    .nullable()
    .optional(),
});
export type Device = z.infer<typeof Device>;

export const CreateDeviceBody = z
  .object({
    kind: DeviceKind,
    name: line().min(1).max(60),
    settings: DeviceSettings.partial().optional(),
  })
  .strict();

/** Short, easy to type on a touch screen: 8 characters without look-alikes. */
export const PairingCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[A-HJ-NP-Z2-9]{4}-?[A-HJ-NP-Z2-9]{4}$/,
    'a pairing code is 8 letters and digits, like ABCD-2345',
  );

export const PairBody = z.object({ code: PairingCode }).strict();

export const PairResult = z.object({ token: z.string(), device: Device });
export type PairResult = z.infer<typeof PairResult>;

/** What a kiosk reports after it asked its browser to print a receipt. */
export const PrintReportBody = z
  .object({ outcome: z.enum(['sent', 'failed']), test: z.boolean().default(false) })
  .strict();
export type PrintReport = z.infer<typeof PrintReportBody>;
