import { expertsRepository, recordChangesRepository, type RecordChangeView } from "@cvv/db";
import {
  availability,
  nextMissionStatuses,
  type Expert,
  type Mission,
  type SearchExpertsInput,
} from "@cvv/domain/experts";
import { can } from "@cvv/domain/permissions";
import { ok, type Result } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden, notFound } from "../shared/errors.js";

/** What the directory says of a mission that keeps an expert busy: enough to explain it in words. */
export type BusyMission = Pick<
  Mission,
  "id" | "title" | "projectTitle" | "communeName" | "startsOn" | "endsOn" | "status"
>;

export interface ExpertSearchItem extends Expert {
  /** Free over the period searched; null when no period was given. */
  available: boolean | null;
  busy: BusyMission[];
}

function busyMission(m: Mission): BusyMission {
  return {
    id: m.id,
    title: m.title,
    projectTitle: m.projectTitle,
    communeName: m.communeName,
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    status: m.status,
  };
}

/**
 * The directory, filtered. With a period, each expert says whether they are free over it and,
 * when not, which missions keep them busy; without one, `available` is null.
 */
export async function listExperts(
  ctx: Context,
  actor: SessionUser,
  input: SearchExpertsInput,
): Promise<Result<ExpertSearchItem[]>> {
  if (!can(actor, "expert.read")) return forbidden();
  const repo = expertsRepository(ctx.db);
  const from = input.availableFrom ?? input.availableTo;
  const to = input.availableTo ?? input.availableFrom;
  if (from && to) {
    // The period is checked before anything is read: a reversed one is the person's mistake to correct.
    const period = availability([], from, to);
    if (!period.ok) return period;
  }
  const experts = await repo.list({ kind: input.kind, active: input.active, skill: input.skill, q: input.q });
  if (!from || !to) return ok(experts.map((expert) => ({ ...expert, available: null, busy: [] })));

  const missions = await repo.missionsOverlapping(
    experts.map((e) => e.id),
    from,
    to,
  );
  return ok(
    experts.map((expert) => {
      const own = missions.filter((m) => m.expertId === expert.id);
      const result = availability(own, from, to);
      // The period was checked above: this cannot be refused.
      const { available, busy } = result.ok ? result.value : { available: true, busy: [] };
      return { ...expert, available, busy: busy.map(busyMission) };
    }),
  );
}

/** One expert with every mission (their history across communes) and the totals of what was not cancelled. */
export async function getExpert(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "expert.read")) return forbidden();
  const found = await expertsRepository(ctx.db).findWithMissions(id);
  if (!found) return notFound("Expert");
  const counted = found.missions.filter((m) => m.status !== "cancelled");
  return ok({
    ...found.expert,
    missions: found.missions.map((m) => ({ ...m, nextStatuses: [...nextMissionStatuses(m.status)] })),
    totals: {
      missions: counted.length,
      communes: new Set(counted.map((m) => m.communeInseeCode)).size,
      days: counted.reduce((sum, m) => sum + (m.days ?? 0), 0),
      budgetCents: counted.reduce((sum, m) => sum + (m.budgetCents ?? 0), 0),
    },
    permissions: { manage: can(actor, "expert.manage") },
  });
}

export interface ExpertHistoryEntry extends RecordChangeView {
  /** The mission the change is about; null for the expert's own entry. */
  missionTitle: string | null;
}

/** Who changed what, when, on the expert's entry and on each of their missions: newest first. */
export async function expertHistory(ctx: Context, actor: SessionUser, id: string) {
  if (!can(actor, "expert.read")) return forbidden();
  const found = await expertsRepository(ctx.db).findWithMissions(id);
  if (!found) return notFound("Expert");
  const history = recordChangesRepository(ctx.db);
  const entries: ExpertHistoryEntry[] = (await history.forRecord("expert", id)).map((e) => ({
    ...e,
    missionTitle: null,
  }));
  for (const mission of found.missions) {
    const changes = await history.forRecord("mission", mission.id);
    entries.push(...changes.map((e) => ({ ...e, missionTitle: mission.title })));
  }
  entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  return ok(entries);
}
