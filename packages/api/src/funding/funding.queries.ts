import {
  communesRepository,
  fundingRepository,
  programmesRepository,
  recordChangesRepository,
  type RecordChangeView,
  type RecordEntity,
} from "@cvv/db";
import { fundingSummary } from "@cvv/domain/funding";
import { can } from "@cvv/domain/permissions";
import { ok } from "@cvv/domain/shared";
import type { SessionUser } from "@cvv/domain/users";
import type { Context } from "../shared/context.js";
import { fundingProject } from "./funding-access.js";
import { grantView, lineView, summaryView } from "./funding-view.js";

/** A project's funding page: its plan, its grants with schedules and payments, the figures, and what the reader may do. */
export async function fundingOverview(ctx: Context, actor: SessionUser, projectId: string) {
  const found = await fundingProject(ctx, actor, projectId, "read");
  if (!found.ok) return found;
  const project = found.value;
  const funding = fundingRepository(ctx.db);
  const [lines, grants, commune, programme] = await Promise.all([
    funding.linesForProject(project.id),
    funding.grantsForProject(project.id),
    communesRepository(ctx.db).find(project.communeInseeCode),
    programmesRepository(ctx.db).find(project.programmeId),
  ]);
  const about = { communeInseeCode: project.communeInseeCode };
  return ok({
    project: {
      id: project.id,
      title: project.title,
      communeInseeCode: project.communeInseeCode,
      communeName: commune?.name ?? project.communeInseeCode,
      programmeId: project.programmeId,
      programmeName: programme?.name ?? "",
    },
    lines: lines.map(lineView),
    grants: grants.map(grantView),
    summary: summaryView(fundingSummary(lines, grants)),
    permissions: {
      manage: can(actor, "funding.manage", about),
      // The programme's file holds every commune's grants: only a reader of all of them may take it.
      exportScdl: can(actor, "funding.read"),
    },
  });
}

const fundingEntities: readonly RecordEntity[] = ["funding-line", "grant", "grant-payment"];
const HISTORY_MAX = 200;

/** Who changed what in a project's funding, newest first: lines, grants and payments, nothing else. */
export async function fundingHistory(ctx: Context, actor: SessionUser, projectId: string) {
  const found = await fundingProject(ctx, actor, projectId, "read");
  if (!found.ok) return found;
  const changes = recordChangesRepository(ctx.db);
  const byKind = await Promise.all(
    fundingEntities.map((entity) => changes.forProject(projectId, { entity, take: HISTORY_MAX })),
  );
  const newestFirst = (a: RecordChangeView, b: RecordChangeView) =>
    b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);
  return ok(byKind.flat().sort(newestFirst).slice(0, HISTORY_MAX));
}
