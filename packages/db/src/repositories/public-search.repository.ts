import { highlightParts } from "@cvv/domain/search";
import { Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./shared.js";

export const publicSearchKinds = ["programme", "project", "commune", "publication", "event"] as const;
export type PublicSearchKind = (typeof publicSearchKinds)[number];

export interface PublicSearchHit {
  kind: PublicSearchKind;
  /** What the portal's address is built from: a slug, or a commune's INSEE code. */
  key: string;
  title: { text: string; match: boolean }[];
  /** Where it sits: a project's commune, a commune's département, an event's place. */
  context: string;
  snippet: { text: string; match: boolean }[];
  /** An event's start, a publication's date. */
  date: string | null;
  /** A cancelled event stays public (isEventPublic), marked as such. */
  cancelled: boolean;
}

export interface PublicSearchResult {
  hits: PublicSearchHit[];
  /** Matches of each kind, including those beyond the per-kind limit. */
  counts: Record<PublicSearchKind, number>;
}

interface Row {
  kind: PublicSearchKind;
  key: string;
  title: string;
  context: string | null;
  snippet: string | null;
  date: Date | null;
  cancelled: boolean;
  total: bigint;
}

const options = 'StartSel=[[, StopSel=]], MaxWords=24, MinWords=8, MaxFragments=1, FragmentDelimiter=" … "';
const headline = (text: Prisma.Sql) => Prisma.sql`ts_headline('public.cvv_french', ${text}, q.q, ${options})`;
// A title is short: mark it whole rather than cut a fragment out of it.
const titleMarks = (text: Prisma.Sql) =>
  Prisma.sql`ts_headline('public.cvv_french', ${text}, q.q, 'StartSel=[[, StopSel=]], HighlightAll=true')`;

// Descriptions often open with the summary: the excerpt should not say it twice.
const projectText = Prisma.sql`CASE WHEN left(pr.description, length(pr.summary)) = pr.summary
  THEN pr.description ELSE pr.summary || ' ' || pr.description END`;

/**
 * The portal's search: the same French, accent-blind full-text machinery as the officers' search
 * (full_text_search migration), held to what the public may read. Programmes and projects match on
 * their public fields only; each indexed table also repeats its GIN index expression, so
 * PostgreSQL narrows with the index before checking the public fields. Publications and events
 * have no index: they are few, and published ones fewer, so their vectors are built on the fly.
 * Events are public unless drafts (isEventPublic: a cancelled one stays, marked); publications
 * as the domain's isPubliclyVisible says (published, or scheduled and their time has come).
 * Never experts, meetings, documents, people or unpublished content.
 */
export function publicSearchRepository(db: Tx) {
  return {
    async search(tsquery: string, now: Date, perKind = 20): Promise<PublicSearchResult> {
      const rows = await db.$queryRaw<Row[]>`
        WITH q AS (SELECT to_tsquery('public.cvv_french', ${tsquery}) AS q),
        hits AS (
          SELECT 'programme' AS kind, p.slug AS key, ${titleMarks(Prisma.sql`p.name`)} AS title, '' AS context,
                 ${headline(Prisma.sql`p.summary || ' ' || p.objectives`)} AS snippet, NULL::timestamptz AS date,
                 false AS cancelled, ts_rank(cvv_search_text(p.name, p.summary, p.objectives), q.q) AS rank, p.name AS sort
          FROM "Programme" p, q
          WHERE cvv_search_text(p.name, p.summary, p.objectives) @@ q.q AND p.status <> 'draft'
          UNION ALL
          SELECT 'project', pr.slug, ${titleMarks(Prisma.sql`pr.title`)}, c.name,
                 ${headline(projectText)}, NULL, false,
                 ts_rank(cvv_search_text(pr.title, pr.summary, pr.description), q.q), pr.title
          FROM "Project" pr
          JOIN "Programme" pg ON pg.id = pr."programmeId"
          JOIN "Commune" c ON c."inseeCode" = pr."communeInseeCode", q
          WHERE cvv_search_text(pr.title, pr.summary, pr.description, pr.perimeter) @@ q.q
            AND cvv_search_text(pr.title, pr.summary, pr.description) @@ q.q
            AND pg.status <> 'draft'
          UNION ALL
          SELECT 'commune', c."inseeCode", ${titleMarks(Prisma.sql`c.name`)}, coalesce(t.name, ''), '', NULL, false,
                 ts_rank(cvv_search_text(c.name), q.q) + 1, c.name
          FROM "Commune" c LEFT JOIN "Territory" t ON t.siren = c."territorySiren", q
          WHERE cvv_search_text(c.name) @@ q.q
            AND EXISTS (
              SELECT 1 FROM "Project" pr JOIN "Programme" pg ON pg.id = pr."programmeId"
              WHERE pr."communeInseeCode" = c."inseeCode" AND pg.status <> 'draft'
            )
          UNION ALL
          SELECT 'publication', pu.slug, ${titleMarks(Prisma.sql`pu.title`)}, '',
                 ${headline(Prisma.sql`pu.summary || ' ' || pu.body`)}, coalesce(pu."publishAt", pu."createdAt"), false,
                 ts_rank(cvv_search_text(pu.title, pu.summary, pu.body, cvv_join(pu.tags)), q.q), pu.title
          FROM "Publication" pu, q
          WHERE (pu.status = 'published' OR (pu.status = 'scheduled' AND pu."publishAt" <= ${now}))
            AND cvv_search_text(pu.title, pu.summary, pu.body, cvv_join(pu.tags)) @@ q.q
          UNION ALL
          SELECT 'event', e.slug, ${titleMarks(Prisma.sql`e.title`)}, e.place,
                 ${headline(Prisma.sql`e.summary || ' ' || e.description`)}, e."startsAt", e.status = 'cancelled',
                 ts_rank(cvv_search_text(e.title, e.summary, e.description, e.place), q.q), e.title
          FROM "Event" e, q
          WHERE e.status <> 'draft' AND cvv_search_text(e.title, e.summary, e.description, e.place) @@ q.q
        ),
        ranked AS (
          SELECT *, row_number() OVER (PARTITION BY kind ORDER BY rank DESC, sort, key) AS n,
                 count(*) OVER (PARTITION BY kind) AS total
          FROM hits
        )
        SELECT kind, key, title, context, snippet, date, cancelled, total FROM ranked
        WHERE n <= ${perKind}
        ORDER BY kind, n
      `;
      const counts: Record<PublicSearchKind, number> = {
        programme: 0,
        project: 0,
        commune: 0,
        publication: 0,
        event: 0,
      };
      for (const row of rows) counts[row.kind] = Number(row.total);
      return {
        counts,
        hits: rows.map((r) => ({
          kind: r.kind,
          key: r.key,
          title: highlightParts(r.title),
          context: r.context ?? "",
          snippet: highlightParts(r.snippet ?? ""),
          date: r.date ? r.date.toISOString() : null,
          cancelled: r.cancelled,
        })),
      };
    },
  };
}
