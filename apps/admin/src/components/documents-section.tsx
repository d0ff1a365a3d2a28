import { useMutation, useQuery } from "@tanstack/react-query";
import { documentMaxMegabytes } from "@cvv/domain/labels";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Inputs, Outputs } from "../lib/api-types";
import { documentVersionUrl, uploadDocumentFile } from "../lib/document-upload";
import { toUserError, type UserError } from "../lib/errors";
import { clientErrors, fieldMessage, formFields } from "../lib/form";
import { formatDateTime } from "../lib/format";
import { formatFileSize, UploadRefused } from "../lib/uploads";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import { DataTable } from "./data-table";
import { ErrorSummary } from "./error-summary";
import { TextAreaField, TextField } from "./form-field";
import { QueryBoundary } from "./query-state";
import { StatusMessage, useVersionedConfirmation } from "./status-message";
import { SubmitButton } from "./submit-button";
import "../documents.css";

const t = messages.documents;
const MB = 1024 * 1024;
// What the file picker offers first; the server judges the content whatever the name says.
const accept = ".pdf,.docx,.odt,.xlsx,.ods,.csv,.png,.jpg,.jpeg,.txt";

type DocumentEntity = Inputs["documents"]["list"]["entity"];
type DocumentItem = Outputs["documents"]["list"]["documents"][number];
type DocumentVersion = DocumentItem["latest"];

interface DocumentsSectionProps {
  /** The kind of record the documents are attached to, and its id. */
  entity: DocumentEntity;
  entityId: string;
  /**
   * Whether the page offers to deposit documents here. The API decides in the end (its answer
   * says whether the person may write); a page passes false to show a record's documents only.
   */
  canWrite: boolean;
}

// Awaited before a confirmation is shown, so what it says is already in the table.
const refresh = () => queryClient.invalidateQueries(trpc.documents.pathFilter());

/**
 * The documents of a record: a table of their latest versions with download links, the earlier
 * versions in a disclosure, a form to add a document and one to deposit a new version. A file
 * goes up first (its progress shown), then the document or the version is recorded.
 */
export function DocumentsSection({ entity, entityId, canWrite }: DocumentsSectionProps) {
  const prefix = `documents-${entity}`;
  const list = useQuery(trpc.documents.list.queryOptions({ entity, entityId }));
  const done = useVersionedConfirmation(() => list.refetch());
  const create = useMutation(trpc.documents.create.mutationOptions());
  const [versionOf, setVersionOf] = useState<string | null>(null);

  return (
    <section aria-labelledby={prefix} className="documents">
      <h2 id={prefix}>{t.title}</h2>
      <p>{t.intro}</p>
      <StatusMessage {...done.props} />
      <QueryBoundary query={list}>
        {(data) => {
          const writable = canWrite && data.permissions.write;
          const target = data.documents.find((d) => d.id === versionOf) ?? null;
          return (
            <>
              <DocumentsTable
                prefix={prefix}
                documents={data.documents}
                writable={writable}
                removable={data.permissions.remove}
                onNewVersion={setVersionOf}
                onRemoved={async (title) => {
                  setVersionOf(null);
                  await refresh();
                  done.show(t.removed(title));
                }}
              />
              {writable && target && (
                <VersionForm
                  // Keyed by the version: a deposit made elsewhere brings a fresh form on the new one.
                  key={`${target.id}-${target.version}`}
                  prefix={prefix}
                  document={target}
                  onCancel={() => {
                    setVersionOf(null);
                    document.getElementById(`${prefix}-nouvelle-version-${target.id}`)?.focus();
                  }}
                  onDone={async (updated) => {
                    setVersionOf(null);
                    await refresh();
                    done.show(t.versionAdded(updated.title, updated.latest.label));
                  }}
                  onReload={done.reload}
                />
              )}
              {writable && (
                <CreateForm
                  prefix={prefix}
                  onSend={async (values, fileId) => {
                    const created = await create.mutateAsync({ entity, entityId, ...values, fileId });
                    await refresh();
                    done.show(t.created(created.title));
                  }}
                />
              )}
            </>
          );
        }}
      </QueryBoundary>
    </section>
  );
}

function uploaderOf(version: DocumentVersion): string {
  return version.uploaderName ?? t.unknownUploader;
}

/** A version's file as a link; its accessible name says which document and version it is. */
function DownloadLink({ title, version }: { title: string; version: DocumentVersion }) {
  return (
    <a href={documentVersionUrl(version.id)} className="document-link">
      {version.fileName}
      <span className="visually-hidden">{t.downloadContext(title, version.label)}</span>
    </a>
  );
}

function DocumentsTable({
  prefix,
  documents,
  writable,
  removable,
  onNewVersion,
  onRemoved,
}: {
  prefix: string;
  documents: readonly DocumentItem[];
  writable: boolean;
  removable: boolean;
  onNewVersion: (id: string) => void;
  onRemoved: (title: string) => Promise<void>;
}) {
  if (documents.length === 0) return <p className="muted">{t.empty}</p>;
  const columns = [t.colDocument, t.colVersion, t.colFile, t.colSize, t.colUploader, t.colDate, t.colVersions];
  return (
    <DataTable
      caption={t.caption(documents.length)}
      columns={writable || removable ? [...columns, t.colActions] : columns}
    >
      {documents.map((item) => (
        <tr key={item.id}>
          <th scope="row">
            {item.title}
            {item.description && <span className="document-description">{item.description}</span>}
          </th>
          <td>{item.latest.label}</td>
          <td>
            <DownloadLink title={item.title} version={item.latest} />
            {item.latest.note && <span className="document-description">{item.latest.note}</span>}
          </td>
          <td className="number">{formatFileSize(item.latest.sizeBytes)}</td>
          <td>{uploaderOf(item.latest)}</td>
          <td>{formatDateTime(item.latest.createdAt)}</td>
          <td>{item.versionCount > 1 ? <EarlierVersions item={item} /> : messages.common.emptyCell}</td>
          {(writable || removable) && (
            <td>
              <div className="document-actions">
                {writable && (
                  <button
                    id={`${prefix}-nouvelle-version-${item.id}`}
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onNewVersion(item.id)}
                  >
                    {t.newVersion}
                    <span className="visually-hidden">{t.newVersionContext(item.title)}</span>
                  </button>
                )}
                {removable && <RemoveButton item={item} onRemoved={onRemoved} />}
              </div>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

/** The versions before the latest, fetched when the disclosure is first opened. */
function EarlierVersions({ item }: { item: DocumentItem }) {
  const [open, setOpen] = useState(false);
  const versions = useQuery({ ...trpc.documents.versions.queryOptions({ id: item.id }), enabled: open });
  return (
    <details className="document-versions" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t.versions} ({item.versionCount})<span className="visually-hidden">{t.versionsContext(item.title)}</span>
      </summary>
      {open && (
        <QueryBoundary query={versions}>
          {(all) => (
            <ul className="document-versions__list" aria-label={t.versionsCaption(item.title)}>
              {all
                .filter((version) => version.number !== item.latest.number)
                .map((version) => (
                  <li key={version.id}>
                    <DownloadLink title={item.title} version={version} />{" "}
                    <span className="muted">({formatFileSize(version.sizeBytes)})</span>
                    <br />
                    {t.versionItem(version.label, formatDateTime(version.createdAt), uploaderOf(version))}
                    {version.note && <span className="document-description">{version.note}</span>}
                  </li>
                ))}
            </ul>
          )}
        </QueryBoundary>
      )}
    </details>
  );
}

/** Removing asks once more, in place: every version goes with the document. */
function RemoveButton({ item, onRemoved }: { item: DocumentItem; onRemoved: (title: string) => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  const remove = useMutation(
    trpc.documents.remove.mutationOptions({
      onSuccess: async (removed) => onRemoved(removed.title),
      onError: (err) => setError(toUserError(err).message),
    }),
  );

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        ref={askRef}
        type="button"
        className="button button--secondary button--small"
        onClick={() => setConfirming(true)}
      >
        {t.remove}
        <span className="visually-hidden">{t.removeContext(item.title)}</span>
      </button>
    );
  }
  return (
    <div role="group" aria-label={t.confirmRemove(item.title)} className="document-actions">
      <p className="document-description">{t.confirmRemove(item.title)}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button
        ref={confirmRef}
        type="button"
        className="button button--danger button--small"
        aria-disabled={remove.isPending || undefined}
        onClick={() => {
          if (!remove.isPending) remove.mutate({ id: item.id, version: item.version });
        }}
      >
        {remove.isPending ? t.removing : t.confirmRemoveButton}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          setConfirming(false);
          setError(null);
          // The button asking is back in place of this group: the focus returns to it.
          setTimeout(() => askRef.current?.focus());
        }}
      >
        {t.cancel}
      </button>
    </div>
  );
}

interface DepositValues {
  title: string;
  description: string;
  note: string;
}

/**
 * Sends a form that deposits a file: the checks made here first (a missing title or file, a file
 * over the limit, named in French before anything goes up), then the upload with its progress,
 * then the record. An upload's refusal is shown at the file field, in the server's words.
 */
function useDeposit(onSend: (values: DepositValues, fileId: string) => Promise<void>) {
  const [error, setError] = useState<UserError | null>(null);
  const [pending, setPending] = useState(false);
  const [percent, setPercent] = useState<number | null>(null);

  async function deposit(values: DepositValues, file: File | null, found: Record<string, string | false>) {
    if (pending) return false;
    const tooLarge =
      file !== null &&
      file.size > documentMaxMegabytes * MB &&
      t.fileTooLarge(file.name, formatFileSize(file.size), documentMaxMegabytes);
    const errors = clientErrors({ ...found, file: file === null ? t.fileRequired : tooLarge });
    setError(errors);
    if (errors || !file) return false;
    setPending(true);
    setPercent(0);
    try {
      const stored = await uploadDocumentFile(file, (fraction) => setPercent(Math.round(fraction * 100)));
      setPercent(null);
      await onSend(values, stored.id);
      return true;
    } catch (err) {
      if (err instanceof UploadRefused) {
        setError({ code: "BAD_REQUEST", message: err.message, fieldErrors: { file: err.message } });
      } else {
        setError(toUserError(err));
      }
      return false;
    } finally {
      setPending(false);
      setPercent(null);
    }
  }

  return { error, pending, percent, deposit };
}

/** The file field, with its accepted types and the API's errors on the file or its id. */
function FileField({
  id,
  inputKey,
  error,
  onFile,
}: {
  id: string;
  inputKey: number;
  error: UserError | null;
  onFile: (file: File | null) => void;
}) {
  return (
    <TextField
      // A new key empties the input once the file is deposited.
      key={inputKey}
      id={id}
      type="file"
      className="input input--file"
      label={t.fieldFile}
      required
      accept={accept}
      hint={t.fileHint(documentMaxMegabytes)}
      onChange={(event) => onFile(event.target.files?.[0] ?? null)}
      error={fieldMessage(error, "file") ?? fieldMessage(error, "fileId")}
    />
  );
}

function UploadProgress({ percent }: { percent: number | null }) {
  if (percent === null) return null;
  return (
    <p className="upload-progress">
      <progress max={100} value={percent} aria-label={t.uploadLabel} /> {t.uploading(percent)}
    </p>
  );
}

function CreateForm({
  prefix,
  onSend,
}: {
  prefix: string;
  onSend: (values: DepositValues, fileId: string) => Promise<void>;
}) {
  const formId = `${prefix}-ajouter`;
  const empty: DepositValues = { title: "", description: "", note: "" };
  const [values, setValues] = useState(empty);
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const { error, pending, percent, deposit } = useDeposit(onSend);
  const { id, summary } = formFields(formId, {
    title: t.fieldTitle,
    description: t.fieldDescription,
    file: t.fieldFile,
    note: t.fieldNote,
  });
  const bind = (name: keyof DepositValues) => ({
    id: id(name),
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value })),
    error: fieldMessage(error, name),
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = { title: values.title.trim(), description: values.description.trim(), note: values.note.trim() };
    const sent = await deposit(trimmed, file, { title: trimmed.title === "" && messages.errors.required });
    if (sent) {
      setValues(empty);
      setFile(null);
      setInputKey((k) => k + 1);
    }
  }

  return (
    <section aria-labelledby={`${formId}-titre`}>
      <h3 id={`${formId}-titre`}>{t.addTitle}</h3>
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <ErrorSummary error={error} fields={{ ...summary, fileId: summary.file }} />
        <TextField {...bind("title")} label={t.fieldTitle} required maxLength={200} />
        <TextAreaField
          {...bind("description")}
          label={t.fieldDescription}
          hint={messages.common.optionalHint}
          rows={3}
        />
        <FileField id={id("file")} inputKey={inputKey} error={error} onFile={setFile} />
        <TextField {...bind("note")} label={t.fieldNote} hint={t.noteHint} maxLength={500} />
        <UploadProgress percent={percent} />
        <div className="form-actions">
          <SubmitButton label={t.create} pending={pending} pendingLabel={t.saving} />
        </div>
      </form>
    </section>
  );
}

function VersionForm({
  prefix,
  document: item,
  onCancel,
  onDone,
  onReload,
}: {
  prefix: string;
  document: DocumentItem;
  onCancel: () => void;
  onDone: (updated: DocumentItem) => Promise<void>;
  onReload: () => void;
}) {
  const formId = `${prefix}-version`;
  // The version the person started from: a deposit made meanwhile makes theirs a conflict.
  const [version] = useState(item.version);
  const [note, setNote] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const addVersion = useMutation(trpc.documents.addVersion.mutationOptions());
  const { error, pending, percent, deposit } = useDeposit(async (values, fileId) => {
    const updated = await addVersion.mutateAsync({ id: item.id, version, fileId, note: values.note });
    await onDone(updated);
  });
  const { id, summary } = formFields(formId, { file: t.fieldFile, note: t.fieldNote });

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section aria-labelledby={`${formId}-titre`} className="document-version-form">
      <h3 id={`${formId}-titre`} ref={headingRef} tabIndex={-1}>
        {t.versionTitle(item.title)}
      </h3>
      <p>{t.versionIntro(item.latest.label)}</p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void deposit({ title: item.title, description: item.description, note: note.trim() }, file, {});
        }}
      >
        <ErrorSummary error={error} onReload={onReload} fields={{ ...summary, fileId: summary.file }} />
        <FileField id={id("file")} inputKey={0} error={error} onFile={setFile} />
        <TextField
          id={id("note")}
          label={t.fieldNote}
          hint={t.noteHint}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={fieldMessage(error, "note")}
        />
        <UploadProgress percent={percent} />
        <div className="form-actions">
          <SubmitButton label={t.addVersion} pending={pending} pendingLabel={t.saving} />
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
