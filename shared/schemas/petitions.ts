/** Complex petitions (복합민원, C8) and praise forwarded to the officer it names. */
import { z } from 'zod';
import { line, multiline } from './text';
import type { ComplexPetitionSection } from '../profiles/sections';
import { Id } from './common';

export const CreatePetitionBody = z
  .object({
    /** What the case is about, in the officer's words; no name or phone of the visitor. */
    summary: line().min(1).max(200),
    /** The departments it touches, the lead department first. */
    departmentIds: z.array(Id).min(1).max(10),
    /** The legal processing time of the case, in days (법정 처리기한). */
    legalDays: z.number().int().min(0).max(365),
    /** The counter the case was taken at, if any. */
    counterId: Id.nullable().optional(),
  })
  .strict();
export type CreatePetitionBody = z.infer<typeof CreatePetitionBody>;

export const PetitionNoticeBody = z.object({ note: multiline().min(1).max(300) }).strict();

export type PetitionView = {
  id: number;
  summary: string;
  departments: { id: number; name: string }[];
  legalDays: number;
  guardian: { id: number; name: string; departmentName: string; grade: string } | null;
  receivedAt: string;
  /** From the active profile; null when the charter sets no notice period (Anyang). */
  noticeDueAt: string | null;
  noticedAt: string | null;
  noticeNote: string | null;
  closedAt: string | null;
  overdue: boolean;
  /** The guardian is the signed-in officer. */
  mine: boolean;
};

export type PetitionList = {
  petitions: PetitionView[];
  departments: { id: number; name: string }[];
  /** The active profile's C8 rule, shown beside the form. */
  rule: ComplexPetitionSection;
  now: string;
};

export type PraiseView = {
  id: number;
  receipt: string;
  text: string | null;
  departmentName: string | null;
  createdAt: string;
  readAt: string | null;
};
