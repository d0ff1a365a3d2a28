import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { CheckboxField } from "../components/checkbox-field";
import { ConfirmRemoval } from "../components/confirm-removal";
import { EditButton, EditPanel, useEditing } from "../components/edit-panel";
import { ErrorSummary } from "../components/error-summary";
import { TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusMessage, useConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import type { Outputs } from "../lib/api-types";
import { toUserError } from "../lib/errors";
import { bindFields, changedFields, clientErrors, formFields, useSending } from "../lib/form";
import { formatDateTime } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import { tagsFromText } from "./watch-items-page";
import "../communication.css";

const t = messages.watch.sources;

type Source = Outputs["watch"]["sources"][number];

interface SourceValues {
  name: string;
  url: string;
  tags: string;
  active: boolean;
}

const emptySource: SourceValues = { name: "", url: "", tags: "", active: true };
const toValues = (source: Source): SourceValues => ({
  name: source.name,
  url: source.url,
  tags: source.tags.join(", "),
  active: source.active,
});

function SourceForm({
  idPrefix,
  initial,
  submitLabel,
  onSend,
}: {
  idPrefix: string;
  initial?: SourceValues;
  submitLabel: string;
  onSend: (values: SourceValues) => Promise<void>;
}) {
  const [inputs, setInputs] = useState<Omit<SourceValues, "active">>(() => {
    const { active: _active, ...texts } = initial ?? emptySource;
    return texts;
  });
  const [active, setActive] = useState(initial?.active ?? true);
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    name: t.form.name,
    url: t.form.url,
    tags: t.form.tags,
  });
  const field = bindFields(inputs, setInputs, id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({
      name: inputs.name.trim() === "" && messages.errors.required,
      url: inputs.url.trim() === "" && messages.errors.required,
    });
    void send("send", found, async () => {
      await onSend({ ...inputs, name: inputs.name.trim(), url: inputs.url.trim(), active });
      if (!initial) {
        setInputs({ name: "", url: "", tags: "" });
        setActive(true);
      }
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} />
      <TextField label={t.form.name} required autoComplete="off" {...field("name")} />
      <TextField
        label={t.form.url}
        hint={t.form.urlHint}
        required
        type="url"
        autoComplete="off"
        spellCheck={false}
        {...field("url")}
      />
      <TextField label={t.form.tags} hint={t.form.tagsHint} autoComplete="off" {...field("tags")} />
      <CheckboxField id={`${idPrefix}-active`} label={t.form.active} checked={active} onChange={setActive} />
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}

/** How the source stands, in words: demo, being fetched, its last error, or fine. */
function SourceState({ source }: { source: Source }) {
  if (source.isDemo) return <>{t.demo}</>;
  if (source.fetch?.running) return <span className="badge badge--info">{t.fetching}</span>;
  return (
    <>
      {!source.active && <span className="badge badge--muted">{t.inactive}</span>}{" "}
      {source.lastError ? (
        <span>
          <span className="badge badge--warning">{t.failedBadge}</span> {t.lastError(source.lastError)}
        </span>
      ) : source.lastFetchedAt ? (
        t.ok
      ) : (
        t.never
      )}
    </>
  );
}

function outcomeText(source: Source): string | null {
  const outcome = source.fetch?.outcome;
  if (!outcome) return null;
  switch (outcome.status) {
    case "updated":
      return t.outcomeUpdated(source.name, outcome.itemsInFeed, outcome.newItems);
    case "not_modified":
      return t.outcomeNotModified(source.name);
    case "failed":
      return t.outcomeFailed(source.name, outcome.error);
  }
}

function FetchNowButton({ source, onDone }: { source: Source; onDone: (message: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const fetchNow = useMutation(
    trpc.watch.fetchNow.mutationOptions({
      onSuccess: async () => {
        onDone(t.fetchStarted(source.name));
        await queryClient.invalidateQueries(trpc.watch.sources.queryFilter());
      },
      onError: (err) => setError(toUserError(err).message),
    }),
  );
  const running = source.fetch?.running ?? false;
  return (
    <>
      <button
        type="button"
        className="button button--small button--primary"
        aria-disabled={running || fetchNow.isPending || undefined}
        onClick={() => {
          if (running || fetchNow.isPending) return;
          setError(null);
          fetchNow.mutate({ id: source.id });
        }}
      >
        {running ? t.fetching : t.fetchNow}
        <span className="visually-hidden"> {t.fetchNowFor(source.name)}</span>
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

/** The row's button that opens its edit, where closing the edit brings the focus back. */
const openerId = (id: string) => `modifier-source-${id}`;

function SourcesTable({
  sources,
  onManage,
  onDone,
}: {
  sources: Source[];
  onManage: (id: string) => void;
  onDone: (message: string) => void;
}) {
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption>{t.caption(sources.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colTags}</th>
            <th scope="col">{t.colLastFetch}</th>
            <th scope="col">{t.colState}</th>
            <th scope="col">{t.colItems}</th>
            <th scope="col">{t.colActions}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => (
            <tr key={source.id}>
              <th scope="row">
                {source.name}
                <br />
                <span className="muted break">{source.url}</span>
              </th>
              <td>{source.tags.length === 0 ? messages.common.emptyCell : source.tags.join(", ")}</td>
              <td>{source.lastFetchedAt ? formatDateTime(source.lastFetchedAt) : t.never}</td>
              <td>
                <SourceState source={source} />
                {outcomeText(source) && <p className="field-hint">{outcomeText(source)}</p>}
              </td>
              <td className="numeric">{t.items(source.itemCount, source.newCount)}</td>
              <td>
                <div className="form-actions">
                  {!source.isDemo && <FetchNowButton source={source} onDone={onDone} />}
                  <EditButton
                    id={openerId(source.id)}
                    label={t.edit}
                    rowLabel={t.editFor(source.name)}
                    onClick={() => onManage(source.id)}
                  />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EditSource({
  source,
  onDone,
  onClose,
}: {
  source: Source;
  onDone: (message: string) => void;
  onClose: () => void;
}) {
  const [opened] = useState(() => ({ id: source.id, version: source.version, values: toValues(source) }));
  const update = useMutation(trpc.watch.updateSource.mutationOptions());
  const remove = useMutation(trpc.watch.deleteSource.mutationOptions());

  async function send(values: SourceValues) {
    const changes = changedFields(opened.values, values);
    if (Object.keys(changes).length === 0) {
      onDone(messages.common.nothingChanged);
      return;
    }
    const { tags, ...rest } = changes;
    const saved = await update.mutateAsync({
      id: opened.id,
      version: opened.version,
      ...rest,
      ...(tags === undefined ? {} : { tags: tagsFromText(tags) }),
    });
    onDone(t.saved(saved.name));
    await queryClient.invalidateQueries(trpc.watch.sources.queryFilter());
  }

  return (
    <EditPanel
      id="modifier-source"
      rowId={source.id}
      labels={{ title: t.editTitle(source.name), close: t.closeEdit }}
      onClose={onClose}
    >
      <SourceForm
        idPrefix="modifier-source"
        initial={opened.values}
        submitLabel={messages.common.saveChanges}
        onSend={send}
      />
      <ConfirmRemoval
        id="supprimer-source-avertissement"
        className="removal"
        labels={t.remove}
        onConfirm={async () => {
          await remove.mutateAsync({ id: source.id, version: source.version });
          onDone(t.deleted(source.name));
          onClose();
          await queryClient.invalidateQueries(trpc.watch.sources.queryFilter());
        }}
      />
    </EditPanel>
  );
}

export function WatchSourcesPage() {
  // While a fetch runs, the list is read again every second: the state column then says how it went.
  const sources = useQuery({
    ...trpc.watch.sources.queryOptions(),
    refetchInterval: (query) => (query.state.data?.some((s) => s.fetch?.running) ? 1000 : false),
  });
  const confirmation = useConfirmation();
  const editing = useEditing(openerId);
  const editingSource = sources.data?.find((s) => s.id === editing.editing) ?? null;
  const create = useMutation(trpc.watch.createSource.mutationOptions());

  // A fetch that ends is announced (politely), as the table itself changes silently.
  const running = useRef(new Set<string>());
  const [finished, setFinished] = useState<string | null>(null);
  useEffect(() => {
    for (const source of sources.data ?? []) {
      if (source.fetch?.running) running.current.add(source.id);
      else if (running.current.has(source.id)) {
        running.current.delete(source.id);
        setFinished(outcomeText(source));
      }
    }
  }, [sources.data]);

  async function add(values: SourceValues) {
    const created = await create.mutateAsync({
      name: values.name,
      url: values.url,
      tags: tagsFromText(values.tags),
      active: values.active,
    });
    confirmation.show(t.created(created.name));
    await queryClient.invalidateQueries(trpc.watch.sources.queryFilter());
  }

  return (
    <>
      <PageHeading title={t.title} />
      <p>{t.intro}</p>
      <p>
        <Link to="/veille">{t.backToItems}</Link>
      </p>
      <StatusMessage {...confirmation.props} />
      <div role="status" className="result-count">
        {finished ? <p>{finished}</p> : null}
      </div>
      <QueryBoundary query={sources}>
        {(list) =>
          list.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <SourcesTable sources={list} onManage={editing.open} onDone={confirmation.show} />
          )
        }
      </QueryBoundary>
      {editingSource && (
        <EditSource
          key={`${editingSource.id}-${editingSource.version}`}
          source={editingSource}
          onDone={confirmation.show}
          onClose={editing.close}
        />
      )}
      <section aria-labelledby="nouvelle-source-titre">
        <h2 id="nouvelle-source-titre">{t.newTitle}</h2>
        <SourceForm idPrefix="nouvelle-source" submitLabel={t.newSubmit} onSend={add} />
      </section>
    </>
  );
}
