import { toIsoDate, type Tx } from "./shared.js";

export interface PublicPlanItem {
  kind: "action" | "milestone";
  title: string;
  startsOn: string | null;
  dueOn: string;
  status: "planned" | "in_progress" | "done" | "cancelled";
  progress: number;
  completedOn: string | null;
}

/**
 * A project's plan as the portal shows it. The owner (often a person's name) and the officers'
 * description are never read, so they cannot reach the public whatever the caller does.
 */
export function publicPlanRepository(db: Tx) {
  return {
    async listForProject(projectId: string): Promise<PublicPlanItem[]> {
      const rows = await db.planItem.findMany({
        select: {
          kind: true,
          title: true,
          startsOn: true,
          dueOn: true,
          status: true,
          progress: true,
          completedOn: true,
        },
        where: { projectId },
        orderBy: [{ dueOn: "asc" }, { startsOn: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
      });
      return rows.map((row) => ({
        ...row,
        startsOn: toIsoDate(row.startsOn),
        dueOn: toIsoDate(row.dueOn)!,
        completedOn: toIsoDate(row.completedOn),
      }));
    },
  };
}
