import {
  communesRepository,
  editionsRepository,
  programmesRepository,
  steeringRepository,
  type BudgetRow,
  type MissionRow,
  type OverdueRow,
  type SteeringFilters,
  type UpcomingRow,
} from "@cvv/db";
import { can } from "@cvv/domain/permissions";
import { projectStatuses, type ProjectStatus } from "@cvv/domain/projects";
import { ok, type Result } from "@cvv/domain/shared";
import {
  crossTable,
  daysLate,
  DEFAULT_HORIZON_WEEKS,
  horizon,
  paidShare,
  type SteeringFiltersInput,
} from "@cvv/domain/steering";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { forbidden } from "../shared/errors.js";
import { parisDate } from "../shared/paris-date.js";

/** Lists stop here on screen and in exports; the totals say how many there are in all. */
export const STEERING_LIST_LIMIT = 200;

export interface SteeringDashboard {
  today: string;
  horizon: { from: string; to: string; weeks: number };
  options: {
    programmes: { id: string; name: string }[];
    editions: { id: string; name: string; programmeId: string }[];
    territories: { siren: string; name: string }[];
  };
  projects: {
    byEdition: { groups: string[] } & ReturnType<typeof crossTable>;
    byTerritory: { groups: string[] } & ReturnType<typeof crossTable>;
  };
  overdue: { rows: (OverdueRow & { daysLate: number })[]; total: number };
  upcoming: { rows: UpcomingRow[]; total: number };
  budget: {
    rows: (BudgetRow & { paidShare: number | null })[];
    total: BudgetRow & { paidShare: number | null };
  };
  missions: { rows: MissionRow[]; total: number };
}

const NO_EDITION = "Hors édition";
const NO_TERRITORY = "Paris (hors EPT)";

/** Groups in a stable order: named ones alphabetically, the catch-all last. */
function groupsOf(names: (string | null)[], fallback: string): string[] {
  const named = [...new Set(names.filter((n): n is string => n !== null))].sort((a, b) => a.localeCompare(b, "fr"));
  return names.includes(null) ? [...named, fallback] : named;
}

/** Everything the steering dashboard shows, under the same filters. Officers and administrators only. */
export async function steeringDashboard(
  ctx: Context,
  actor: SessionUser,
  input: SteeringFiltersInput,
): Promise<Result<SteeringDashboard>> {
  if (!can(actor, "dashboard.read")) return forbidden();
  const filters: SteeringFilters = {
    programmeId: input.programmeId,
    editionId: input.editionId,
    territorySiren: input.territorySiren,
  };
  const today = parisDate(ctx.now());
  const weeks = input.weeks ?? DEFAULT_HORIZON_WEEKS;
  const window = horizon(today, weeks);
  const repo = steeringRepository(ctx.db);

  const [counts, overdue, upcoming, budget, missions, programmes, communes] = await Promise.all([
    repo.projectCounts(filters),
    repo.overdue(filters, today, STEERING_LIST_LIMIT),
    repo.upcoming(filters, window.from, window.to, STEERING_LIST_LIMIT),
    repo.budget(filters),
    repo.missionsInProgress(filters, STEERING_LIST_LIMIT),
    programmesRepository(ctx.db).list(),
    communesRepository(ctx.db).list(),
  ]);
  const editions = (await Promise.all(programmes.map((p) => editionsRepository(ctx.db).listByProgramme(p.id)))).flat();

  const statuses = projectStatuses as readonly ProjectStatus[];
  const editionGroups = groupsOf(
    counts.map((c) => c.editionName),
    NO_EDITION,
  );
  const territoryGroups = groupsOf(
    counts.map((c) => c.territoryName),
    NO_TERRITORY,
  );
  const byEdition = crossTable(
    counts.map((c) => ({ status: c.status, group: c.editionName ?? NO_EDITION, count: c.count })),
    statuses,
    editionGroups,
  );
  const byTerritory = crossTable(
    counts.map((c) => ({ status: c.status, group: c.territoryName ?? NO_TERRITORY, count: c.count })),
    statuses,
    territoryGroups,
  );
  const sum = (pick: (row: BudgetRow) => number) => budget.reduce((total, row) => total + pick(row), 0);
  const total = {
    funderKind: "total",
    plannedCents: sum((r) => r.plannedCents),
    committedCents: sum((r) => r.committedCents),
    paidCents: sum((r) => r.paidCents),
  };
  const territories = new Map<string, string>();
  for (const commune of communes) {
    if (commune.territorySiren && commune.territoryName) territories.set(commune.territorySiren, commune.territoryName);
  }

  return ok({
    today,
    horizon: { ...window, weeks },
    options: {
      programmes: programmes.map((p) => ({ id: p.id, name: p.name })),
      editions: editions.map((e) => ({ id: e.id, name: e.name, programmeId: e.programmeId })),
      territories: [...territories]
        .map(([siren, name]) => ({ siren, name }))
        .sort((a, b) => a.name.localeCompare(b.name, "fr")),
    },
    projects: {
      byEdition: { groups: editionGroups, ...byEdition },
      byTerritory: { groups: territoryGroups, ...byTerritory },
    },
    overdue: { total: overdue.total, rows: overdue.rows.map((r) => ({ ...r, daysLate: daysLate(r.dueOn, today) })) },
    upcoming,
    budget: {
      rows: budget.map((r) => ({ ...r, paidShare: paidShare(r.committedCents, r.paidCents) })),
      total: { ...total, paidShare: paidShare(total.committedCents, total.paidCents) },
    },
    missions,
  });
}
