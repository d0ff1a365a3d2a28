import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorSummary } from "../components/error-summary";
import { SelectField, TextField } from "../components/form-field";
import { ListFilters, useFilterForm } from "../components/list-filters";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusMessage, useConfirmation } from "../components/status-message";
import type { Inputs, Outputs } from "../lib/api-types";
import { toUserError, type UserError } from "../lib/errors";
import { fieldMessage, formFields } from "../lib/form";
import { formatDateTime } from "../lib/format";
import { choiceParam, withParams } from "../lib/search-params";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../communication.css";

const t = messages.watch;

type WatchItem = Outputs["watch"]["items"]["items"][number];
type ItemStatus = WatchItem["status"];
type ItemsInput = Inputs["watch"]["items"];

const itemStatuses = Object.keys(t.status) as ItemStatus[];
const relevances = [0, 1, 2, 3] as const;

/** Where the officers' publication pages show a draft. */
export const draftPath = (publicationId: string) => `/publications/${publicationId}`;

export const tagsFromText = (text: string) =>
  text
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");

/** The filters live in the address; with none, the page shows what is still to review. */
function useItemsSearch() {
  const [params, setParams] = useSearchParams();
  const statusParam = params.get("statut") ?? "new";
  const status = itemStatuses.includes(statusParam as ItemStatus)
    ? statusParam
    : statusParam === "tous"
      ? "tous"
      : "new";
  const current = {
    status,
    tag: params.get("etiquette") ?? "",
    relevance: choiceParam(params, "pertinence", ["1", "2", "3"]),
    sourceId: params.get("source") ?? "",
  };
  const input: ItemsInput = {
    ...(current.status !== "tous" ? { status: current.status as ItemStatus } : {}),
    ...(current.tag ? { tag: current.tag } : {}),
    ...(current.relevance ? { relevance: Number(current.relevance) } : {}),
    ...(current.sourceId ? { sourceId: current.sourceId } : {}),
  };
  function apply(next: typeof current) {
    setParams(
      withParams(new URLSearchParams(), {
        statut: next.status === "new" ? null : next.status,
        etiquette: next.tag,
        pertinence: next.relevance,
        source: next.sourceId,
      }),
    );
  }
  return { current, input, apply };
}

type ItemsSearch = ReturnType<typeof useItemsSearch>;

const filterIds = {
  status: "filtre-statut",
  tag: "filtre-etiquette",
  relevance: "filtre-pertinence",
  sourceId: "filtre-source",
};

function FiltersForm({
  search,
  tags,
  sources,
}: {
  search: ItemsSearch;
  tags: string[];
  sources: { id: string; name: string }[];
}) {
  const filters = useFilterForm({
    current: search.current,
    apply: search.apply,
    fields: { id: (name) => filterIds[name] },
  });
  return (
    <ListFilters titleId="filtres-veille" labels={{ title: t.filtersTitle, submit: t.filterSubmit }} filters={filters}>
      <div className="field-row">
        <SelectField label={t.filterStatus} {...filters.field("status")}>
          <option value="tous">{t.filterStatusAll}</option>
          {itemStatuses.map((status) => (
            <option key={status} value={status}>
              {t.status[status]}
            </option>
          ))}
        </SelectField>
        <SelectField label={t.filterTag} {...filters.field("tag")}>
          <option value="">{t.filterTagAll}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </SelectField>
        <SelectField label={t.filterRelevance} {...filters.field("relevance")}>
          <option value="">{t.filterRelevanceAll}</option>
          {[1, 2, 3].map((level) => (
            <option key={level} value={String(level)}>
              {t.filterRelevanceAtLeast(t.relevance[level as 1 | 2 | 3])}
            </option>
          ))}
        </SelectField>
        <SelectField label={t.filterSource} {...filters.field("sourceId")}>
          <option value="">{t.filterSourceAll}</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
        </SelectField>
      </div>
    </ListFilters>
  );
}

type Verdict = "save" | "kept" | "dismissed" | "new" | "convert";

interface ItemProps {
  item: WatchItem;
  onDone: (message: string) => void;
  onConverted: (draft: { publicationId: string; title: string }) => void;
}

/** An item's actions: its relevance and tags, then keep, dismiss or convert it. */
function ItemActions({ item, onDone, onConverted }: ItemProps) {
  const [relevance, setRelevance] = useState(String(item.relevance));
  const [tags, setTags] = useState(item.tags.join(", "));
  const [error, setError] = useState<UserError | null>(null);
  const [pending, setPending] = useState<Verdict | null>(null);
  const rate = useMutation(trpc.watch.rateItem.mutationOptions());
  const convert = useMutation(trpc.watch.convertToDraft.mutationOptions());
  const prefix = `article-${item.id}`;
  const fields = formFields(prefix, { relevance: t.rateRelevance, tags: t.rateTags, status: t.filterStatus });

  async function act(verdict: Verdict) {
    if (pending) return;
    setPending(verdict);
    setError(null);
    try {
      if (verdict === "convert") {
        const draft = await convert.mutateAsync({ id: item.id, version: item.version });
        onDone(t.converted(draft.title));
        onConverted({ publicationId: draft.publicationId, title: draft.title });
      } else {
        await rate.mutateAsync({
          id: item.id,
          version: item.version,
          relevance: Number(relevance),
          tags: tagsFromText(tags),
          ...(verdict === "save" ? {} : { status: verdict }),
        });
        onDone(t.rated(item.title));
      }
      await queryClient.invalidateQueries(trpc.watch.items.queryFilter());
    } catch (err) {
      setError(toUserError(err));
    } finally {
      setPending(null);
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const verdict = (submitter instanceof HTMLButtonElement ? submitter.value : "save") as Verdict;
    void act(verdict);
  }

  const button = (verdict: Verdict, label: string, variant = "secondary") => (
    <button
      type="submit"
      name="verdict"
      value={verdict}
      className={`button button--small button--${variant}`}
      aria-disabled={pending !== null || undefined}
      aria-describedby={`${prefix}-titre`}
    >
      {pending === verdict ? t.pending : label}
    </button>
  );

  return (
    <form className="watch-item__form" noValidate onSubmit={onSubmit} aria-label={`${t.rateSave} : ${item.title}`}>
      <ErrorSummary error={error} fields={fields.summary} />
      <SelectField
        id={fields.id("relevance")}
        label={t.rateRelevance}
        value={relevance}
        onChange={(e) => setRelevance(e.target.value)}
        error={fieldMessage(error, "relevance")}
      >
        {relevances.map((level) => (
          <option key={level} value={String(level)}>
            {t.relevance[level]}
          </option>
        ))}
      </SelectField>
      <TextField
        id={fields.id("tags")}
        label={t.rateTags}
        hint={t.rateTagsHint}
        autoComplete="off"
        value={tags}
        onChange={(e) => setTags(e.target.value)}
        error={fieldMessage(error, "tags")}
      />
      <div className="form-actions">
        {button("save", t.rateSave)}
        {item.status !== "kept" && button("kept", t.keep)}
        {item.status !== "dismissed" && button("dismissed", t.dismiss)}
        {item.status !== "new" && button("new", t.review)}
        {button("convert", t.convert, "primary")}
      </div>
    </form>
  );
}

function ItemCard({ item, onDone, onConverted }: ItemProps) {
  const titleId = `article-${item.id}-titre`;
  return (
    <li className="watch-item">
      <article aria-labelledby={titleId}>
        <h2 id={titleId}>{item.title}</h2>
        <p className="watch-item__meta">
          {t.fromSource(item.sourceName, item.publishedAt ? formatDateTime(item.publishedAt) : t.noDate)}
          {item.link && (
            <>
              {" — "}
              <a href={item.link} rel="noopener noreferrer" target="_blank">
                {t.readArticle}
                <span className="visually-hidden">{t.readArticleFor(item.title)}</span>
              </a>
            </>
          )}
        </p>
        {item.summary && <p>{item.summary}</p>}
        <p>
          {t.currentStatus(t.status[item.status], t.relevance[item.relevance as 0 | 1 | 2 | 3])} {t.tagsLabel} :{" "}
          {item.tags.length === 0 ? t.tagsNone : item.tags.join(", ")}.
        </p>
        {item.status === "converted" ? (
          <p>
            {t.draftCreated} {item.publicationId && <Link to={draftPath(item.publicationId)}>{t.draftLink}</Link>}
          </p>
        ) : (
          <ItemActions key={item.version} item={item} onDone={onDone} onConverted={onConverted} />
        )}
      </article>
    </li>
  );
}

export function WatchItemsPage() {
  const search = useItemsSearch();
  const items = useQuery(trpc.watch.items.queryOptions(search.input));
  const confirmation = useConfirmation();
  const [lastDraft, setLastDraft] = useState<{ publicationId: string; title: string } | null>(null);

  return (
    <>
      <PageHeading title={t.title} />
      <p>{t.intro}</p>
      <p>
        <Link to="/veille/sources">{t.sourcesLink}</Link>
      </p>
      <QueryBoundary query={items}>
        {(data) => (
          <FiltersForm key={JSON.stringify(search.current)} search={search} tags={data.tags} sources={data.sources} />
        )}
      </QueryBoundary>
      <StatusMessage {...confirmation.props} />
      {lastDraft && (
        <p>
          <Link to={draftPath(lastDraft.publicationId)}>
            {t.draftLink} : {lastDraft.title}
          </Link>
        </p>
      )}
      <p role="status" className="result-count">
        {items.data ? t.count(items.data.items.length) : ""}
      </p>
      {items.data && items.data.items.length > 0 && (
        <ul className="watch-items" aria-label={t.listLabel}>
          {items.data.items.map((item) => (
            <ItemCard key={item.id} item={item} onDone={confirmation.show} onConverted={setLastDraft} />
          ))}
        </ul>
      )}
    </>
  );
}
