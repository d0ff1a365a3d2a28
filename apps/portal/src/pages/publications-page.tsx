import { useQuery } from "@tanstack/react-query";
import type { inferOutput } from "@trpc/tanstack-react-query";
import { useId } from "react";
import { Link, useSearchParams } from "react-router";
import { publicationTagSuggestions } from "@cvv/domain/labels";
import { Breadcrumb } from "../components/breadcrumb";
import { GetForm } from "../components/get-form";
import { PageTitle } from "../components/page-title";
import { InlineError, InlineLoading } from "../components/query-state";
import { formatInstant, instantDay } from "../format";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC, type PortalTRPC } from "../trpc";

const m = messages.publications;

type PublicationPage = inferOutput<PortalTRPC["publications"]>;
export type PublicationSummary = PublicationPage["items"][number];
type Kind = PublicationSummary["kind"];

const kinds = Object.keys(m.kinds) as Kind[];

/**
 * The list's filters as the address gives them (`?type=news&etiquette=ESS&page=2`). A value the
 * API would refuse is dropped rather than turned into "page not found": the list then shows
 * everything, as the form does.
 */
function filtersOf(search: URLSearchParams) {
  const type = search.get("type") ?? "";
  const tag = (search.get("etiquette") ?? "").trim();
  const page = Number(search.get("page") ?? "1");
  return {
    kind: (kinds as string[]).includes(type) ? (type as Kind) : undefined,
    tag: tag !== "" && tag.length <= 40 ? tag : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1,
  };
}

export const publicationsPageQueries = ({ trpc, search }: RouteLoadContext) => {
  const { kind, tag, page } = filtersOf(search);
  return {
    publications: trpc.publications.queryOptions({
      ...(kind ? { kind } : {}),
      ...(tag ? { tag } : {}),
      ...(page > 1 ? { page } : {}),
    }),
  };
};

/** The address of the list with these filters, without the empty ones. */
function listHref(filters: { kind?: string | undefined; tag?: string | undefined; page?: number }) {
  const params = new URLSearchParams();
  if (filters.kind) params.set("type", filters.kind);
  if (filters.tag) params.set("etiquette", filters.tag);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `/actualites?${query}` : "/actualites";
}

export default function PublicationsPage() {
  const trpc = useTRPC();
  const [search] = useSearchParams();
  const filters = filtersOf(search);
  const list = useQuery(publicationsPageQueries({ trpc, params: {}, search }).publications);
  const kindId = useId();
  const tagId = useId();
  // A tag from an article's link may not be among the suggestions: it stays selectable.
  const tags = [
    ...publicationTagSuggestions,
    ...(filters.tag && !(publicationTagSuggestions as readonly string[]).includes(filters.tag) ? [filters.tag] : []),
  ];
  return (
    <>
      <Breadcrumb items={[{ label: messages.layout.navHome, to: "/" }, { label: m.title }]} />
      <PageTitle title={filters.page > 1 ? m.documentTitle(filters.page) : m.title} description={m.description}>
        {m.title}
      </PageTitle>
      <p className="lead">{m.intro}</p>

      <GetForm key={search.toString()} action="/actualites" className="filter" aria-label={m.formLabel}>
        <div className="filter-row">
          <div className="filter-field">
            <label htmlFor={kindId} className="filter-label">
              {m.kindLabel}
            </label>
            <select id={kindId} name="type" className="input" defaultValue={filters.kind ?? ""}>
              <option value="">{m.kindAll}</option>
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {m.kindsPlural[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="filter-field">
            <label htmlFor={tagId} className="filter-label">
              {m.tagLabel}
            </label>
            <select id={tagId} name="etiquette" className="input" defaultValue={filters.tag ?? ""}>
              <option value="">{m.tagAll}</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="filter-row filter-actions">
          <button type="submit" className="button">
            {m.submit}
          </button>
          {filters.kind || filters.tag ? (
            <Link to="/actualites" className="button button-secondary">
              {m.reset}
            </Link>
          ) : null}
        </div>
      </GetForm>

      {list.isPending ? (
        <InlineLoading label={m.loading} />
      ) : list.isError ? (
        <InlineError label={m.error} onRetry={() => void list.refetch()} retrying={list.isFetching} />
      ) : (
        <>
          <p role="status" className="filter-result">
            {m.count(list.data.total)}
          </p>
          <PublicationList items={list.data.items} headingLevel={2} />
          <Pagination data={list.data} filters={filters} />
        </>
      )}

      <p className="feed-link">
        {/* A file for feed readers, not a page of the app: a plain link, loaded by the browser. */}
        <a href="/flux/actualites.atom" type="application/atom+xml">
          {m.feedLink}
        </a>
      </p>
    </>
  );
}

/** Publications as cards: title, kind, date, summary and tags (each a link to the list with that tag). */
export function PublicationList({ items, headingLevel }: { items: PublicationSummary[]; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="card-list publication-list" role="list">
      {items.map((p) => (
        <li key={p.slug} className="card">
          <Heading className="card-title">
            <Link to={`/actualites/${p.slug}`}>{p.title}</Link>
          </Heading>
          <ul className="meta-list" role="list">
            <li>{m.kinds[p.kind]}</li>
            <li>
              <time dateTime={instantDay(p.publishedAt)}>{m.published(formatInstant(p.publishedAt))}</time>
            </li>
          </ul>
          {p.summary ? <p className="card-summary">{p.summary}</p> : null}
          <TagList tags={p.tags} />
        </li>
      ))}
    </ul>
  );
}

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return null;
  return (
    <p className="tag-list">
      <span className="visually-hidden">{messages.labelPrefix(m.tagsLabel)}</span>
      {tags.map((t) => (
        <Link key={t} to={listHref({ tag: t })} className="tag" title={m.tagLinkTitle(t)}>
          {t}
        </Link>
      ))}
    </p>
  );
}

function Pagination({
  data,
  filters,
}: {
  data: PublicationPage;
  filters: { kind?: string | undefined; tag?: string | undefined; page: number };
}) {
  if (data.pageCount <= 1) return null;
  const page = Math.min(data.page, data.pageCount);
  return (
    <nav aria-label={m.paginationLabel} className="pagination">
      <ul role="list">
        {data.page > 1 ? (
          <li>
            <Link to={listHref({ ...filters, page: page - 1 })} rel="prev">
              {m.previous}
            </Link>
          </li>
        ) : null}
        {Array.from({ length: data.pageCount }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            <Link
              to={listHref({ ...filters, page: n })}
              aria-current={n === data.page ? "page" : undefined}
              aria-label={m.pageOf(n, data.pageCount)}
            >
              {n}
            </Link>
          </li>
        ))}
        {data.page < data.pageCount ? (
          <li>
            <Link to={listHref({ ...filters, page: data.page + 1 })} rel="next">
              {m.next}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
