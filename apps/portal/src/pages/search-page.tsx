import { useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { useId } from "react";
import { Link, useSearchParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { GetForm } from "../components/get-form";
import { PageTitle } from "../components/page-title";
import { InlineError, InlineLoading } from "../components/query-state";
import { formatInstant, instantDay } from "../format";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC, type PortalTRPC } from "../trpc";

const m = messages.searchPage;

type SearchResult = inferOutput<PortalTRPC["search"]>;
type Hit = SearchResult["hits"][number];
type Kind = Hit["kind"];

/** Order of the groups: what residents look for first. */
const kinds: Kind[] = ["project", "commune", "programme", "publication", "event"];

// The API applies the same limits (the domain's toPrefixQuery) and refuses with the same words;
// checking here first lets the page say what is wrong instead of answering "page not found".
function refusal(q: string): string | null {
  if (q.length < 2) return m.tooShort;
  if (q.length > 200) return m.tooLong;
  if (!/[\p{L}\p{N}]/u.test(q)) return m.noWord;
  return null;
}

export const searchPageQueries = ({ trpc, search }: RouteLoadContext) => ({
  results: trpc.search.queryOptions({ q: (search.get("q") ?? "").trim() }),
});

/** The server fetches the results only for a query the API will accept. */
export const searchRouteQueries = (ctx: RouteLoadContext) => {
  const q = (ctx.search.get("q") ?? "").trim();
  return q === "" || refusal(q) ? [] : Object.values(searchPageQueries(ctx));
};

function hrefOf(hit: Hit): string {
  switch (hit.kind) {
    case "project":
      return `/projets/${hit.key}`;
    case "commune":
      return `/communes/${hit.key}`;
    case "programme":
      return `/programmes/${hit.key}`;
    case "publication":
      return `/actualites/${hit.key}`;
    case "event":
      return `/evenements/${hit.key}`;
  }
}

function Marked({ parts }: { parts: Hit["snippet"] }) {
  return (
    <>{parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>
  );
}

export default function SearchPage() {
  const trpc = useTRPC();
  const [search] = useSearchParams();
  const q = (search.get("q") ?? "").trim();
  const problem = q === "" ? null : refusal(q);
  const results = useQuery({
    ...searchPageQueries({ trpc, params: {}, search }).results,
    enabled: q !== "" && problem === null,
  });
  const inputId = useId();
  const problemId = useId();
  return (
    <>
      <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: m.title }]} />
      <PageTitle title={q ? m.documentTitle(q) : m.title} description={m.description}>
        {m.title}
      </PageTitle>
      <GetForm key={q} action="/recherche" role="search" aria-label={m.formLabel} className="filter">
        <label htmlFor={inputId} className="filter-label">
          {m.label}
        </label>
        <p className="hint">{m.intro}</p>
        <div className="filter-row">
          <input
            id={inputId}
            className="input"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={200}
            autoComplete="off"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? problemId : undefined}
          />
          <button type="submit" className="button">
            {m.submit}
          </button>
        </div>
      </GetForm>
      {problem ? (
        <p id={problemId} role="alert" className="notice notice-error">
          {problem}
        </p>
      ) : q === "" ? null : results.isPending ? (
        <InlineLoading label={m.loading} />
      ) : results.isError ? (
        <InlineError label={m.error} onRetry={() => void results.refetch()} retrying={results.isFetching} />
      ) : (
        <Results result={results.data} />
      )}
    </>
  );
}

function Results({ result }: { result: SearchResult }) {
  return (
    <>
      {/* A live region: after a search typed on this page, the count is read out. */}
      <p role="status" className="filter-result">
        {m.count(result.total, result.query)}
      </p>
      {result.total === 0 ? (
        <Suggestions />
      ) : (
        kinds.map((kind) => {
          const hits = result.hits.filter((h) => h.kind === kind);
          if (hits.length === 0) return null;
          const total = result.counts[kind];
          return (
            <section key={kind} className="search-group">
              <h2>{m.groupHeading(m.kinds[kind], total)}</h2>
              {total > hits.length ? <p className="hint">{m.more(hits.length, total)}</p> : null}
              <ul className="search-hits" role="list">
                {hits.map((hit) => (
                  <li key={hit.key} className="search-hit">
                    <h3 className="search-hit-title">
                      <Link to={hrefOf(hit)}>
                        <Marked parts={hit.title} />
                      </Link>
                    </h3>
                    <HitDetails hit={hit} />
                    {hit.snippet.length > 0 ? (
                      <p className="search-hit-snippet">
                        <Marked parts={hit.snippet} />
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          );
        })
      )}
    </>
  );
}

function HitDetails({ hit }: { hit: Hit }) {
  const facts = [
    hit.context ? <li key="context">{hit.context}</li> : null,
    hit.date ? (
      <li key="date">
        <time dateTime={instantDay(hit.date)}>{formatInstant(hit.date)}</time>
      </li>
    ) : null,
    hit.cancelled ? (
      <li key="cancelled">
        <strong>{m.cancelled}</strong>
      </li>
    ) : null,
  ].filter(Boolean);
  if (facts.length === 0) return null;
  return (
    <ul className="meta-list" role="list">
      {facts}
    </ul>
  );
}

function Suggestions() {
  return (
    <section>
      <h2>{m.suggestionsHeading}</h2>
      <ul>
        {m.suggestions.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p>
        {m.browse}
        <Link to="/">{m.browseProjects}</Link>
        {m.browseOr}
        <Link to="/programmes">{m.browseProgrammes}</Link>
        {m.browseAnd}
        <Link to="/indicateurs">{m.browseIndicators}</Link>
        {m.browseEnd}
      </p>
    </section>
  );
}
