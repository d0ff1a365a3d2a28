import type { CommuneFigureRow } from "./figures.repository.js";
import type { Tx } from "./shared.js";

export interface MapParticipation {
  communeInseeCode: string;
  editionId: string | null;
  editionName: string | null;
  editionYear: number | null;
  programmeName: string;
}

/** What the public may see of figures: approved and published, not confidential, of a public indicator. */
const publicValueWhere = {
  publishedValue: { not: null },
  publishedAt: { not: null },
  confidential: false,
  indicator: { publicByDefault: true },
} as const;

/**
 * Reads of the public map of the métropole: which communes take part, in which edition, and the
 * public figures of the communes that do, across every public programme.
 */
export function publicMapRepository(db: Tx) {
  return {
    /**
     * One row per project of a programme that is no longer a draft. Like the portal's project list,
     * the programme's status is read with the project and checked here rather than in SQL.
     */
    async participations(): Promise<MapParticipation[]> {
      const rows = await db.project.findMany({
        select: {
          communeInseeCode: true,
          editionId: true,
          edition: { select: { name: true, year: true } },
          programme: { select: { name: true, status: true } },
        },
      });
      return rows
        .filter((r) => r.programme.status !== "draft")
        .map((r) => ({
          communeInseeCode: r.communeInseeCode,
          editionId: r.editionId,
          editionName: r.edition?.name ?? null,
          editionYear: r.edition?.year ?? null,
          programmeName: r.programme.name,
        }));
    },

    /** The periods with public figures, per indicator, among the given communes: what the map can show. */
    async publicPeriods(communeCodes: readonly string[]): Promise<{ indicatorId: string; period: string }[]> {
      if (communeCodes.length === 0) return [];
      const rows = await db.indicatorValue.groupBy({
        by: ["indicatorId", "period"],
        where: { ...publicValueWhere, communeInseeCode: { in: [...communeCodes] } },
        orderBy: [{ indicatorId: "asc" }, { period: "asc" }],
      });
      return rows.map((r) => ({ indicatorId: r.indicatorId, period: r.period }));
    },

    /** Public figures of some indicators and communes, periods p with from <= p < to in text order. */
    async publicValues(filter: {
      indicatorIds: readonly string[];
      communeCodes: readonly string[];
      fromPeriod: string;
      toPeriod: string;
    }): Promise<CommuneFigureRow[]> {
      if (filter.indicatorIds.length === 0 || filter.communeCodes.length === 0) return [];
      const rows = await db.indicatorValue.findMany({
        select: {
          indicatorId: true,
          communeInseeCode: true,
          period: true,
          publishedValue: true,
          correctedAt: true,
          commune: { select: { population: true, territorySiren: true, departement: true } },
        },
        where: {
          ...publicValueWhere,
          indicatorId: { in: [...filter.indicatorIds] },
          communeInseeCode: { in: [...filter.communeCodes] },
          period: { gte: filter.fromPeriod, lt: filter.toPeriod },
        },
        orderBy: [{ period: "asc" }, { communeInseeCode: "asc" }],
      });
      return rows.map((r) => ({
        indicatorId: r.indicatorId,
        communeInseeCode: r.communeInseeCode,
        period: r.period,
        value: r.publishedValue!,
        population: r.commune.population,
        territorySiren: r.commune.territorySiren,
        departement: r.commune.departement,
        correctedAt: r.correctedAt ? r.correctedAt.toISOString() : null,
      }));
    },
  };
}
