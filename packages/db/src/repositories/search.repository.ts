import { highlightParts, type SearchHit, type SearchKind } from "@cvv/domain/search";
import { Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./shared.js";

export interface SearchScope {
  /** null: every commune (officers); otherwise the contributor's communes. */
  communeCodes: readonly string[] | null;
  /** Experts and meetings are the officers' working records: each searched only when it may be read. */
  experts: boolean;
  meetings: boolean;
}

interface HitRow {
  kind: SearchKind;
  id: string;
  title: string;
  context: string | null;
  snippet: string | null;
  entity: string | null;
  entity_id: string | null;
}

// Each branch filters with the very expression its GIN index is built on (full_text_search
// migration), so PostgreSQL reads the index instead of computing every row's vector.
const headline = (text: Prisma.Sql) =>
  Prisma.sql`ts_headline('public.cvv_french', ${text}, q.q, 'StartSel=[[, StopSel=]], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=" … "')`;

/**
 * Full-text search in French over programmes, projects, communes, experts, meetings and
 * documents, accents ignored, best matches first. The caller builds `tsquery` with the domain's
 * toPrefixQuery and passes the reader's scope: a contributor only finds their communes' projects
 * and documents, never the officers' records.
 */
export function searchRepository(db: Tx) {
  return {
    async search(tsquery: string, scope: SearchScope, limit = 30): Promise<SearchHit[]> {
      const all = scope.communeCodes === null;
      const codes = [...(scope.communeCodes ?? [])];
      const inScope = (column: Prisma.Sql) => (all ? Prisma.sql`TRUE` : Prisma.sql`${column} = ANY(${codes}::text[])`);
      const expertBranch = scope.experts
        ? Prisma.sql`
          UNION ALL
          SELECT 'expert', e.id::text, e.name, cvv_join(e.skills),
                 ${headline(Prisma.sql`e.notes`)}, NULL, NULL,
                 ts_rank(cvv_search_text(e.name, cvv_join(e.skills), e.notes, e."contactName"), q.q)
          FROM "Expert" e, q
          WHERE cvv_search_text(e.name, cvv_join(e.skills), e.notes, e."contactName") @@ q.q`
        : Prisma.empty;
      const meetingBranch = scope.meetings
        ? Prisma.sql`
          UNION ALL
          SELECT 'meeting', m.id::text, m.title, b.name,
                 ${headline(Prisma.sql`m.agenda || ' ' || m.minutes`)}, NULL, NULL,
                 ts_rank(cvv_search_text(m.title, m.agenda, m.minutes, m.place), q.q)
          FROM "Meeting" m JOIN "GovernanceBody" b ON b.id = m."bodyId", q
          WHERE cvv_search_text(m.title, m.agenda, m.minutes, m.place) @@ q.q`
        : Prisma.empty;
      const documentScope = all
        ? Prisma.sql`TRUE`
        : Prisma.sql`d."projectId" IN (SELECT id FROM "Project" WHERE "communeInseeCode" = ANY(${codes}::text[]))`;
      const rows = await db.$queryRaw<HitRow[]>`
        WITH q AS (SELECT to_tsquery('public.cvv_french', ${tsquery}) AS q)
        SELECT kind, id, title, context, snippet, entity, entity_id FROM (
          SELECT 'programme' AS kind, p.id::text AS id, p.name AS title, '' AS context,
                 ${headline(Prisma.sql`p.summary || ' ' || p.objectives`)} AS snippet, NULL AS entity, NULL AS entity_id,
                 ts_rank(cvv_search_text(p.name, p.summary, p.objectives), q.q) AS rank
          FROM "Programme" p, q
          WHERE cvv_search_text(p.name, p.summary, p.objectives) @@ q.q
          UNION ALL
          SELECT 'project', pr.id::text, pr.title, c.name,
                 ${headline(Prisma.sql`pr.summary || ' ' || pr.description || ' ' || pr.perimeter`)}, NULL, NULL,
                 ts_rank(cvv_search_text(pr.title, pr.summary, pr.description, pr.perimeter), q.q)
          FROM "Project" pr JOIN "Commune" c ON c."inseeCode" = pr."communeInseeCode", q
          WHERE cvv_search_text(pr.title, pr.summary, pr.description, pr.perimeter) @@ q.q
            AND ${inScope(Prisma.sql`pr."communeInseeCode"`)}
          UNION ALL
          SELECT 'commune', c."inseeCode", c.name, c."inseeCode", '', NULL, NULL,
                 ts_rank(cvv_search_text(c.name), q.q) + 1
          FROM "Commune" c, q
          WHERE cvv_search_text(c.name) @@ q.q
          UNION ALL
          SELECT 'document', d.id::text, d.title, '', ${headline(Prisma.sql`d.description`)}, d.entity, d."entityId"::text,
                 ts_rank(cvv_search_text(d.title, d.description), q.q)
          FROM "Document" d, q
          WHERE cvv_search_text(d.title, d.description) @@ q.q AND ${documentScope}
          ${expertBranch}
          ${meetingBranch}
        ) hits
        ORDER BY rank DESC, title
        LIMIT ${limit}
      `;
      return rows.map((r) => ({
        kind: r.kind,
        id: r.id,
        title: r.title,
        context: r.context ?? "",
        snippet: highlightParts(r.snippet ?? ""),
        entity: r.entity,
        entityId: r.entity_id,
      }));
    },
  };
}
