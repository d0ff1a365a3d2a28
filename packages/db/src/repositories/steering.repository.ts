import type { ProjectStatus } from "@cvv/domain/projects";
import { Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./shared.js";

export interface SteeringFilters {
  programmeId?: string | undefined;
  editionId?: string | undefined;
  territorySiren?: string | undefined;
}

export interface ProjectGroupCount {
  status: ProjectStatus;
  editionId: string | null;
  editionName: string | null;
  territorySiren: string | null;
  territoryName: string | null;
  count: number;
}

export interface OverdueRow {
  source: "plan-item" | "action-item";
  id: string;
  title: string;
  kind: string;
  owner: string;
  dueOn: string;
  projectId: string | null;
  projectTitle: string | null;
  communeName: string | null;
  /** For an action item: the meeting it was decided in. */
  meetingId: string | null;
  meetingTitle: string | null;
}

export interface UpcomingRow {
  source: "plan-item" | "action-item" | "instalment" | "meeting" | "mission";
  id: string;
  title: string;
  date: string;
  projectId: string | null;
  projectTitle: string | null;
  communeName: string | null;
  /** The record to open: a meeting, a grant's project, an expert. */
  linkId: string | null;
  amountCents: number | null;
}

export interface BudgetRow {
  funderKind: string;
  plannedCents: number;
  committedCents: number;
  paidCents: number;
}

export interface MissionRow {
  id: string;
  title: string;
  status: string;
  startsOn: string;
  endsOn: string;
  days: number | null;
  budgetCents: number | null;
  expertId: string;
  expertName: string;
  projectId: string;
  projectTitle: string;
  communeName: string;
}

const date = (value: Date) => value.toISOString().slice(0, 10);
const cents = (value: bigint | number | null) => (value === null ? null : Number(value));

/**
 * The officers' steering dashboard: one query per view, each filtered by programme, edition and
 * EPT through the project, and bounded (the lists stop at `limit` rows, counted apart).
 */
export function steeringRepository(db: Tx) {
  // The filters as a condition on a project aliased "p" joined with its commune "c".
  const projectFilter = (f: SteeringFilters) => Prisma.sql`
    ${f.programmeId ? Prisma.sql`AND p."programmeId" = ${f.programmeId}::uuid` : Prisma.empty}
    ${f.editionId ? Prisma.sql`AND p."editionId" = ${f.editionId}::uuid` : Prisma.empty}
    ${f.territorySiren ? Prisma.sql`AND c."territorySiren" = ${f.territorySiren}` : Prisma.empty}`;
  const anyFilter = (f: SteeringFilters) => Boolean(f.programmeId || f.editionId || f.territorySiren);

  return {
    async projectCounts(f: SteeringFilters): Promise<ProjectGroupCount[]> {
      const rows = await db.$queryRaw<
        {
          status: ProjectStatus;
          edition_id: string | null;
          edition_name: string | null;
          territory_siren: string | null;
          territory_name: string | null;
          count: bigint;
        }[]
      >`
        SELECT p.status::text AS status, e.id::text AS edition_id, e.name AS edition_name,
               t.siren AS territory_siren, t.name AS territory_name, count(*) AS count
        FROM "Project" p
        JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
        LEFT JOIN "Edition" e ON e.id = p."editionId"
        LEFT JOIN "Territory" t ON t.siren = c."territorySiren"
        WHERE TRUE ${projectFilter(f)}
        GROUP BY 1, 2, 3, 4, 5
      `;
      return rows.map((r) => ({
        status: r.status,
        editionId: r.edition_id,
        editionName: r.edition_name,
        territorySiren: r.territory_siren,
        territoryName: r.territory_name,
        count: Number(r.count),
      }));
    },

    /** Plan items and action items past their due date and not done, the latest first. */
    async overdue(f: SteeringFilters, today: string, limit: number): Promise<{ rows: OverdueRow[]; total: number }> {
      // An action item without a project belongs to its body's programme: it passes the programme
      // filter, but not the edition or EPT ones, which only a project can answer.
      const actionFilter = anyFilter(f)
        ? Prisma.sql`AND (
            (a."projectId" IS NOT NULL ${projectFilter(f)})
            OR (a."projectId" IS NULL AND ${f.editionId || f.territorySiren ? Prisma.sql`FALSE` : Prisma.sql`b."programmeId" = ${f.programmeId ?? null}::uuid`})
          )`
        : Prisma.empty;
      const rows = await db.$queryRaw<
        {
          source: OverdueRow["source"];
          id: string;
          title: string;
          kind: string;
          owner: string;
          due_on: Date;
          project_id: string | null;
          project_title: string | null;
          commune_name: string | null;
          meeting_id: string | null;
          meeting_title: string | null;
          total: bigint;
        }[]
      >`
        SELECT *, count(*) OVER () AS total FROM (
          SELECT 'plan-item' AS source, i.id::text, i.title, i.kind::text AS kind, i.owner, i."dueOn" AS due_on,
                 p.id::text AS project_id, p.title AS project_title, c.name AS commune_name,
                 NULL AS meeting_id, NULL AS meeting_title
          FROM "PlanItem" i
          JOIN "Project" p ON p.id = i."projectId"
          JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
          WHERE i.status IN ('planned', 'in_progress') AND i."dueOn" < ${today}::date ${projectFilter(f)}
          UNION ALL
          SELECT 'action-item', a.id::text, a.title, 'action-item', a.owner, a."dueOn",
                 p.id::text, p.title, c.name, m.id::text, m.title
          FROM "ActionItem" a
          JOIN "Meeting" m ON m.id = a."meetingId"
          JOIN "GovernanceBody" b ON b.id = m."bodyId"
          LEFT JOIN "Project" p ON p.id = a."projectId"
          LEFT JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
          WHERE a.status = 'open' AND a."dueOn" < ${today}::date ${actionFilter}
        ) late
        ORDER BY due_on, title
        LIMIT ${limit}
      `;
      return {
        total: Number(rows[0]?.total ?? 0),
        rows: rows.map((r) => ({
          source: r.source,
          id: r.id,
          title: r.title,
          kind: r.kind,
          owner: r.owner,
          dueOn: date(r.due_on),
          projectId: r.project_id,
          projectTitle: r.project_title,
          communeName: r.commune_name,
          meetingId: r.meeting_id,
          meetingTitle: r.meeting_title,
        })),
      };
    },

    /** What falls due between two dates: plan items, action items, grant instalments, meetings, mission ends. */
    async upcoming(
      f: SteeringFilters,
      from: string,
      to: string,
      limit: number,
    ): Promise<{ rows: UpcomingRow[]; total: number }> {
      const bodyFilter = f.programmeId ? Prisma.sql`AND b."programmeId" = ${f.programmeId}::uuid` : Prisma.empty;
      // Meetings belong to a programme's body, not to a project: an edition or EPT filter leaves them out.
      const meetings =
        f.editionId || f.territorySiren
          ? Prisma.empty
          : Prisma.sql`
          UNION ALL
          SELECT 'meeting', m.id::text, m.title, (m."startsAt" AT TIME ZONE 'Europe/Paris')::date,
                 NULL, NULL, NULL, m.id::text, NULL
          FROM "Meeting" m JOIN "GovernanceBody" b ON b.id = m."bodyId"
          WHERE m.status = 'planned'
            AND (m."startsAt" AT TIME ZONE 'Europe/Paris')::date BETWEEN ${from}::date AND ${to}::date ${bodyFilter}`;
      const rows = await db.$queryRaw<
        {
          source: UpcomingRow["source"];
          id: string;
          title: string;
          day: Date;
          project_id: string | null;
          project_title: string | null;
          commune_name: string | null;
          link_id: string | null;
          amount_cents: bigint | null;
          total: bigint;
        }[]
      >`
        SELECT *, count(*) OVER () AS total FROM (
          SELECT 'plan-item' AS source, i.id::text AS id, i.title, i."dueOn" AS day,
                 p.id::text AS project_id, p.title AS project_title, c.name AS commune_name,
                 p.id::text AS link_id, NULL::bigint AS amount_cents
          FROM "PlanItem" i
          JOIN "Project" p ON p.id = i."projectId"
          JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
          WHERE i.status IN ('planned', 'in_progress') AND i."dueOn" BETWEEN ${from}::date AND ${to}::date ${projectFilter(f)}
          UNION ALL
          SELECT 'action-item', a.id::text, a.title, a."dueOn", p.id::text, p.title, c.name, m.id::text, NULL
          FROM "ActionItem" a
          JOIN "Meeting" m ON m.id = a."meetingId"
          JOIN "GovernanceBody" b ON b.id = m."bodyId"
          LEFT JOIN "Project" p ON p.id = a."projectId"
          LEFT JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
          WHERE a.status = 'open' AND a."dueOn" BETWEEN ${from}::date AND ${to}::date
            ${anyFilter(f) ? Prisma.sql`AND ((p.id IS NOT NULL ${projectFilter(f)}) OR (p.id IS NULL AND ${f.editionId || f.territorySiren ? Prisma.sql`FALSE` : Prisma.sql`TRUE ${bodyFilter}`}))` : Prisma.empty}
          UNION ALL
          SELECT 'instalment', s.id::text, CASE WHEN s.label = '' THEN g.purpose ELSE s.label END, s."dueOn",
                 p.id::text, p.title, c.name, p.id::text, s."amountCents"
          FROM "GrantInstalment" s
          JOIN "Grant" g ON g.id = s."grantId"
          JOIN "Project" p ON p.id = g."projectId"
          JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
          WHERE s."dueOn" BETWEEN ${from}::date AND ${to}::date ${projectFilter(f)}
          UNION ALL
          SELECT 'mission', ms.id::text, ms.title, ms."endsOn", p.id::text, p.title, c.name, ms."expertId"::text, ms."budgetCents"
          FROM "Mission" ms
          JOIN "Project" p ON p.id = ms."projectId"
          JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
          WHERE ms.status IN ('ordered', 'in_progress') AND ms."endsOn" BETWEEN ${from}::date AND ${to}::date ${projectFilter(f)}
          ${meetings}
        ) soon
        ORDER BY day, title
        LIMIT ${limit}
      `;
      return {
        total: Number(rows[0]?.total ?? 0),
        rows: rows.map((r) => ({
          source: r.source,
          id: r.id,
          title: r.title,
          date: date(r.day),
          projectId: r.project_id,
          projectTitle: r.project_title,
          communeName: r.commune_name,
          linkId: r.link_id,
          amountCents: cents(r.amount_cents),
        })),
      };
    },

    /**
     * Planned (funding lines), committed (grants) and paid (payments) by kind of funder. A grant
     * counts under its funding line's funder, or "other" when it has none.
     */
    async budget(f: SteeringFilters): Promise<BudgetRow[]> {
      const rows = await db.$queryRaw<{ funder_kind: string; planned: bigint; committed: bigint; paid: bigint }[]>`
        WITH scoped AS (
          SELECT p.id FROM "Project" p JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
          WHERE TRUE ${projectFilter(f)}
        ),
        planned AS (
          SELECT l."funderKind"::text AS funder_kind, sum(l."amountCents") AS planned
          FROM "FundingLine" l WHERE l."projectId" IN (SELECT id FROM scoped) GROUP BY 1
        ),
        grants AS (
          SELECT g.id, COALESCE(l."funderKind"::text, 'other') AS funder_kind, g."amountCents"
          FROM "Grant" g LEFT JOIN "FundingLine" l ON l.id = g."fundingLineId"
          WHERE g."projectId" IN (SELECT id FROM scoped)
        ),
        committed AS (SELECT funder_kind, sum("amountCents") AS committed FROM grants GROUP BY 1),
        paid AS (
          SELECT g.funder_kind, sum(pay."amountCents") AS paid
          FROM "GrantPayment" pay JOIN grants g ON g.id = pay."grantId" GROUP BY 1
        )
        SELECT k.funder_kind, COALESCE(pl.planned, 0) AS planned, COALESCE(co.committed, 0) AS committed,
               COALESCE(pa.paid, 0) AS paid
        FROM (SELECT funder_kind FROM planned UNION SELECT funder_kind FROM committed) k
        LEFT JOIN planned pl USING (funder_kind)
        LEFT JOIN committed co USING (funder_kind)
        LEFT JOIN paid pa USING (funder_kind)
        ORDER BY k.funder_kind
      `;
      return rows.map((r) => ({
        funderKind: r.funder_kind,
        plannedCents: Number(r.planned),
        committedCents: Number(r.committed),
        paidCents: Number(r.paid),
      }));
    },

    /** Missions ordered or in progress, the soonest to end first. */
    async missionsInProgress(f: SteeringFilters, limit: number): Promise<{ rows: MissionRow[]; total: number }> {
      const rows = await db.$queryRaw<
        {
          id: string;
          title: string;
          status: string;
          starts_on: Date;
          ends_on: Date;
          days: number | null;
          budget_cents: bigint | null;
          expert_id: string;
          expert_name: string;
          project_id: string;
          project_title: string;
          commune_name: string;
          total: bigint;
        }[]
      >`
        SELECT ms.id::text, ms.title, ms.status::text AS status, ms."startsOn" AS starts_on, ms."endsOn" AS ends_on,
               ms.days, ms."budgetCents" AS budget_cents, e.id::text AS expert_id, e.name AS expert_name,
               p.id::text AS project_id, p.title AS project_title, c.name AS commune_name, count(*) OVER () AS total
        FROM "Mission" ms
        JOIN "Expert" e ON e.id = ms."expertId"
        JOIN "Project" p ON p.id = ms."projectId"
        JOIN "Commune" c ON c."inseeCode" = p."communeInseeCode"
        WHERE ms.status IN ('ordered', 'in_progress') ${projectFilter(f)}
        ORDER BY ms."endsOn", ms.title
        LIMIT ${limit}
      `;
      return {
        total: Number(rows[0]?.total ?? 0),
        rows: rows.map((r) => ({
          id: r.id,
          title: r.title,
          status: r.status,
          startsOn: date(r.starts_on),
          endsOn: date(r.ends_on),
          days: r.days,
          budgetCents: cents(r.budget_cents),
          expertId: r.expert_id,
          expertName: r.expert_name,
          projectId: r.project_id,
          projectTitle: r.project_title,
          communeName: r.commune_name,
        })),
      };
    },
  };
}
