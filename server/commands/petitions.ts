/**
 * Complex petitions (복합민원, C8): a counter officer marks a case as complex; the profile's rule
 * decides whether it is one, a guardian (민원후견인) is assigned per the profile, and the progress
 * notice is due within the profile's days. Praise naming an officer reaches their console.
 */
import type { Principal } from '../../shared/events';
import { CommandError, forbidden, notFound } from '../../shared/errors';
import { activeProfile } from '../../shared/profiles/active';
import type {
  CreatePetitionBody,
  PetitionList,
  PetitionView,
  PraiseView,
} from '../../shared/schemas/petitions';
import type { Deps } from '../context';
import { chooseGuardian, noticeDueAt, noticeOverdue, ruleOnPetition } from '../domain/petitions';
import { actorOf, hallOf } from '../http/env';
import type { PetitionRecord } from '../store/petitions';
import { staffOfPrincipal } from './presence';

function profileOf(deps: Deps, hallId: number) {
  const hall = deps.store.halls.get(hallId);
  if (!hall) throw notFound('Hall');
  return activeProfile(hall);
}

function toView(
  deps: Deps,
  hallId: number,
  p: PetitionRecord,
  meId: number | null,
  now: Date,
): PetitionView {
  const departments = p.departmentIds.map((id) => ({
    id,
    name: deps.store.places.department(hallId, id)?.name ?? '',
  }));
  const guardian = p.guardianId === null ? undefined : deps.store.staff.get(hallId, p.guardianId);
  return {
    id: p.id,
    summary: p.summary,
    departments,
    legalDays: p.legalDays,
    guardian: guardian
      ? {
          id: guardian.id,
          name: guardian.name,
          departmentName: deps.store.places.department(hallId, guardian.departmentId)?.name ?? '',
          grade: guardian.grade,
        }
      : null,
    receivedAt: p.receivedAt,
    noticeDueAt: p.noticeDueAt,
    noticedAt: p.noticedAt,
    noticeNote: p.noticeNote,
    closedAt: p.closedAt,
    overdue: noticeOverdue(p, now),
    mine: meId !== null && p.guardianId === meId,
  };
}

export function createPetition(
  deps: Deps,
  principal: Principal,
  input: CreatePetitionBody,
): PetitionView {
  const hallId = hallOf(principal);
  const rule = profileOf(deps, hallId).complexPetition;
  const departmentIds = [...new Set(input.departmentIds)];
  for (const id of departmentIds) {
    if (!deps.store.places.department(hallId, id)) {
      throw new CommandError(400, 'unknown_department', 'That department is not in this hall.');
    }
  }
  if (
    input.counterId != null &&
    !deps.store.services.counters(hallId).some((c) => c.id === input.counterId)
  ) {
    throw new CommandError(400, 'unknown_counter', 'That counter is not in this hall.');
  }
  const ruling = ruleOnPetition(rule, departmentIds.length, input.legalDays);
  if (!ruling.complex) throw new CommandError(422, ruling.code, ruling.message);
  const lead = departmentIds[0] as number;
  const guardianId = chooseGuardian(
    deps.store.staff.list(hallId),
    lead,
    rule.guardianGrade,
    deps.store.petitions.openLoad(hallId),
  );
  if (guardianId === null) {
    throw new CommandError(
      409,
      'no_guardian',
      rule.guardianGrade === null
        ? 'The lead department has no officer to act as guardian.'
        : `The lead department has no officer of grade ${rule.guardianGrade} or higher to act as guardian.`,
    );
  }
  const now = deps.clock.now();
  const receivedAt = now.toISOString();
  const id = deps.store.tx(() => {
    const petitionId = deps.store.petitions.add(hallId, {
      counterId: input.counterId ?? null,
      summary: input.summary,
      departmentIds,
      legalDays: input.legalDays,
      guardianId,
      createdBy: actorOf(principal),
      receivedAt,
      noticeDueAt: noticeDueAt(receivedAt, rule.noticeWithinDays),
    });
    deps.store.events.append(hallId, receivedAt, actorOf(principal), 'petition:created', {
      petitionId,
      guardianId,
      departments: departmentIds.length,
      legalDays: input.legalDays,
    });
    return petitionId;
  });
  const record = deps.store.petitions.get(hallId, id);
  if (!record) throw notFound('Petition');
  return toView(deps, hallId, record, staffOfPrincipal(deps, principal)?.id ?? null, now);
}

/** The console's view: the cases, the hall's departments to choose from, and the profile's rule. */
export function listPetitions(deps: Deps, principal: Principal): PetitionList {
  const hallId = hallOf(principal);
  const now = deps.clock.now();
  const me = staffOfPrincipal(deps, principal)?.id ?? null;
  return {
    petitions: deps.store.petitions.list(hallId).map((p) => toView(deps, hallId, p, me, now)),
    departments: deps.store.places.departments(hallId).map((d) => ({ id: d.id, name: d.name })),
    rule: profileOf(deps, hallId).complexPetition,
    now: now.toISOString(),
  };
}

/** The guardian, the officer who took the case, or an admin may act on it. */
function responsible(deps: Deps, principal: Principal, id: number): PetitionRecord {
  const hallId = hallOf(principal);
  const record = deps.store.petitions.get(hallId, id);
  if (!record) throw notFound('Petition');
  if (principal.account?.role === 'admin') return record;
  const me = staffOfPrincipal(deps, principal);
  if (record.createdBy !== actorOf(principal) && (!me || me.id !== record.guardianId)) {
    throw forbidden('Only the guardian or the officer who took the case can do this.');
  }
  if (record.closedAt !== null) {
    throw new CommandError(409, 'petition_closed', 'This petition is already closed.');
  }
  return record;
}

export function recordPetitionNotice(
  deps: Deps,
  principal: Principal,
  id: number,
  note: string,
): PetitionView {
  const hallId = hallOf(principal);
  const record = responsible(deps, principal, id);
  if (record.noticedAt !== null) {
    throw new CommandError(409, 'notice_recorded', 'The progress notice is already recorded.');
  }
  const now = deps.clock.now();
  const at = now.toISOString();
  deps.store.tx(() => {
    deps.store.petitions.notice(hallId, id, note, at);
    deps.store.events.append(hallId, at, actorOf(principal), 'petition:noticed', {
      petitionId: id,
      onTime: record.noticeDueAt === null || at <= record.noticeDueAt,
    });
  });
  const after = deps.store.petitions.get(hallId, id);
  if (!after) throw notFound('Petition');
  return toView(deps, hallId, after, staffOfPrincipal(deps, principal)?.id ?? null, now);
}

export function closePetition(deps: Deps, principal: Principal, id: number): PetitionView {
  const hallId = hallOf(principal);
  responsible(deps, principal, id);
  const now = deps.clock.now();
  const at = now.toISOString();
  deps.store.tx(() => {
    deps.store.petitions.close(hallId, id, at);
    deps.store.events.append(hallId, at, actorOf(principal), 'petition:closed', {
      petitionId: id,
    });
  });
  const after = deps.store.petitions.get(hallId, id);
  if (!after) throw notFound('Petition');
  return toView(deps, hallId, after, staffOfPrincipal(deps, principal)?.id ?? null, now);
}

/** Praise forwarded to the signed-in officer; empty for an account that is nobody on staff. */
export function myPraise(deps: Deps, principal: Principal): PraiseView[] {
  const me = staffOfPrincipal(deps, principal);
  if (!me) return [];
  return deps.store.petitions.praiseFor(hallOf(principal), me.id);
}

export function readPraise(deps: Deps, principal: Principal, id: number): { ok: true } {
  const hallId = hallOf(principal);
  const me = staffOfPrincipal(deps, principal);
  if (!me) throw forbidden('This sign-in is nobody on staff.');
  const at = deps.clock.now().toISOString();
  deps.store.tx(() => {
    if (!deps.store.petitions.readPraise(hallId, me.id, id, at)) throw notFound('Praise');
    deps.store.events.append(hallId, at, actorOf(principal), 'praise:read', { praiseId: id });
  });
  return { ok: true };
}
