import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { ErrorSummary } from "../components/error-summary";
import { SelectField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusMessage, useConfirmation } from "../components/status-message";
import type { Inputs, Outputs } from "../lib/api-types";
import { toUserError, type UserError } from "../lib/errors";
import { fieldMessage, formFields } from "../lib/form";
import { formatDateTime } from "../lib/format";
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
  const relevance = params.get("pertinence") ?? "";
  const current = {
    status,
    tag: params.get("etiquette") ?? "",
    relevance: ["1", "2", "3"].includes(relevance) ? relevance : "",
    sourceId: params.get("source") ?? "",
  };
  const input: ItemsInput = {
    ...(current.status !== "tous" ? { status: current.status as ItemStatus } : {}),
    ...(current.tag ? { tag: current.tag } : {}),
    ...(current.relevance ? { relevance: Number(current.relevance) } : {}),
    ...(current.sourceId ? { sourceId: current.sourceId } : {}),
  };
  function apply(next: typeof current) {
    const search = new URLSearchParams();
    if (next.status !== "new") search.set("statut", next.status);
    if (next.tag) search.set("etiquette", next.tag);
    if (next.relevance) search.set("pertinence", next.relevance);
    if (next.sourceId) search.set("source", next.sourceId);
    setParams(search);
  }
  return { current, input, apply };
}

type ItemsSearch = ReturnType<typeof useItemsSearch>;

function FiltersForm({
  search,
  tags,
  sources,
}: {
  search: ItemsSearch;
  tags: string[];
  sources: { id: string; name: string }[];
}) {
  const [inputs, setInputs] = useState(search.current);
  const set = (name: keyof typeof inputs) => (event: { target: { value: string } }) =>
    setInputs((current) => ({ ...current, [name]: event.target.value }));
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    search.apply(inputs);
  }
  return (
    <form className="filters" role="search" aria-labelledby="filtres-veille" noValidate onSubmit={onSubmit}>
      <h2 id="filtres-veille" className="filters__title">
        {t.filtersTitle}
      </h2>
      <div className="field-row">
        <SelectField id="filtre-statut" label={t.filterStatus} value={inputs.status} onChange={set("status")}>
          <option value="tous">{t.filterStatusAll}</option>
          {itemStatuses.map((status) => (
            <option key={status} value={status}>
              {t.status[status]}
            </option>
          ))}
        </SelectField>
        <SelectField id="filtre-etiquette" label={t.filterTag} value={inputs.tag} onChange={set("tag")}>
          <option value="">{t.filterTagAll}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="filtre-pertinence"
          label={t.filterRelevance}
          value={inputs.relevance}
          onChange={set("relevance")}
        >
          <option value="">{t.filterRelevanceAll}</option>
          {[1, 2, 3].map((level) => (
            <option key={level} value={String(level)}>
              {t.filterRelevanceAtLeast(t.relevance[level as 1 | 2 | 3])}
            </option>
          ))}
        </SelectField>
        <SelectField id="filtre-source" label={t.filterSource} value={inputs.sourceId} onChange={set("sourceId")}>
          <option value="">{t.filterSourceAll}</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t.filterSubmit}
        </button>
      </div>
    </form>
  );
}

type Verdict = "save" | "kept" | "dismissed" | "new" | "convert";

/** An item's actions: its relevance and tags, then keep, dismiss or convert it. */
function ItemActions({
  item,
  onDone,
  onConverted,
}: {
  item: WatchItem;
  onDone: (message: string) => void;
  onConverted: (draft: { publicationId: string; title: string }) => void;
}) {
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

function ItemCard({
  item,
  onDone,
  onConverted,
}: {
  item: WatchItem;
  onDone: (message: string) => void;
  onConverted: (draft: { publicationId: string; title: string }) => void;
}) {
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
