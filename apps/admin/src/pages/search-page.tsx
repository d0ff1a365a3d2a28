import { useQuery } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router";
import type { SearchHit, SearchKind } from "@cvv/domain/search";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";

const t = messages.search;
/** The order of the groups on the page. */
const kinds = Object.keys(t.kinds) as SearchKind[];

/** Where a hit leads in this app; a document leads to the record it is attached to. */
function pathOf(hit: SearchHit): string | null {
  switch (hit.kind) {
    case "programme":
      return `/programmes/${hit.id}`;
    case "project":
      return `/projets/${hit.id}`;
    case "commune":
      return `/projets?commune=${hit.id}`;
    case "expert":
      return `/experts/${hit.id}`;
    case "meeting":
      return `/reunions/${hit.id}`;
    case "document":
      return documentRecordPath(hit.entity, hit.entityId);
  }
}

function documentRecordPath(entity: string | null, id: string | null): string | null {
  if (!id) return null;
  const paths: Record<string, string> = {
    project: `/projets/${id}`,
    programme: `/programmes/${id}`,
    meeting: `/reunions/${id}`,
    application: `/candidatures/${id}`,
  };
  return entity ? (paths[entity] ?? null) : null;
}

function contextOf(hit: SearchHit): string {
  if (!hit.context) return hit.kind === "document" ? t.documentOf : "";
  if (hit.kind === "project") return t.inCommune(hit.context);
  if (hit.kind === "meeting") return t.inBody(hit.context);
  if (hit.kind === "expert") return t.skills(hit.context);
  if (hit.kind === "commune") return t.inseeCode(hit.context);
  return hit.context;
}

function Snippet({ parts }: { parts: SearchHit["snippet"] }) {
  if (parts.length === 0) return null;
  return (
    <p className="search-hit__snippet">
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  );
}

function Results({ q, hits }: { q: string; hits: SearchHit[] }) {
  if (hits.length === 0) return <p role="status">{t.empty(q)}</p>;
  const groups = kinds
    .map((kind) => [kind, hits.filter((h) => h.kind === kind)] as [SearchKind, SearchHit[]])
    .filter(([, found]) => found.length > 0);
  return (
    <>
      <p role="status">{t.count(hits.length)}</p>
      {groups.map(([kind, found]) => (
        <section key={kind} aria-labelledby={`resultats-${kind}`}>
          <h2 id={`resultats-${kind}`}>{t.groupTitle(t.kinds[kind], found.length)}</h2>
          <ul className="search-hits">
            {found.map((hit) => {
              const path = pathOf(hit);
              const context = contextOf(hit);
              return (
                <li key={`${hit.kind}-${hit.id}`} className="search-hit">
                  <p className="search-hit__title">{path ? <Link to={path}>{hit.title}</Link> : hit.title}</p>
                  {context && <p className="search-hit__context">{context}</p>}
                  <Snippet parts={hit.snippet} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

/** The results of the header's search box, grouped by kind of record, best matches first. */
export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get("q") ?? "").trim();
  const search = useQuery({ ...trpc.search.query.queryOptions({ q }), enabled: q.length > 0 });
  return (
    <>
      <PageHeading title={q ? t.titleFor(q) : t.title} ready={!q || !search.isPending} />
      <p>{t.intro}</p>
      {q && <QueryBoundary query={search}>{(hits) => <Results q={q} hits={hits} />}</QueryBoundary>}
    </>
  );
}
