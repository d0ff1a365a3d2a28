import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { Outputs } from "../lib/api-types";
import { toUserError, type UserError } from "../lib/errors";
import { clientErrors, fieldMessage } from "../lib/form";
import { UploadRefused, uploadFile } from "../lib/uploads";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import { DataTable } from "./data-table";
import { Detail, Details } from "./details";
import { ErrorSummary } from "./error-summary";
import { FieldErrorMessage, FieldHint } from "./form-field";
import { StatusBadge } from "./status-badge";
import { SubmitButton } from "./submit-button";

const t = messages.imports;

type ImportJob = Outputs["imports"]["get"];
type ImportStatus = ImportJob["status"];

/** How often a running import is asked for its progress. */
const POLL_MS = 700;
const running: readonly ImportStatus[] = ["queued", "checking", "applying"];

const fileFieldId = "import-fichier";
const submitFieldId = "import-envoyer";

function Progress({ job }: { job: ImportJob }) {
  const total = job.totalRows;
  const done = Math.min(job.processedRows, total);
  return total > 0 ? (
    <progress className="import-progress" max={total} value={done} aria-hidden="true" />
  ) : (
    <progress className="import-progress" aria-hidden="true" />
  );
}

/** What the live region says about the job: one sentence, updated as it runs. */
function jobSentence(job: ImportJob): string {
  const report = job.report;
  switch (job.status) {
    case "queued":
      return t.queued;
    case "checking":
      return t.checking(job.processedRows, job.totalRows);
    case "checked":
      return report && report.errorCount > 0 ? t.checkedWithErrors(report.errorCount) : t.checkedOk;
    case "applying":
      return t.applying(job.processedRows, job.totalRows);
    case "done":
      return report
        ? t.doneSummary(report.created ?? 0, report.updated ?? 0, report.unchanged)
        : t.doneSummary(0, 0, 0);
    case "failed":
      return t.failedShort;
  }
}

function Preview({ job }: { job: ImportJob }) {
  const report = job.report;
  if (!report) return null;
  return (
    <>
      <Details>
        <Detail term={t.file}>{job.fileName}</Detail>
        <Detail term={t.rows}>{report.rows}</Detail>
        <Detail term={t.toCreate}>{report.toCreate}</Detail>
        <Detail term={t.toUpdate}>{report.toUpdate}</Detail>
        <Detail term={t.unchanged}>{report.unchanged}</Detail>
        <Detail term={t.ignored}>{report.ignored}</Detail>
        <Detail term={t.errorCount}>{report.errorCount}</Detail>
        <Detail term={t.destination}>{report.submit ? t.destinationSubmit : t.destinationDraft}</Detail>
      </Details>
      {report.errors.length > 0 && (
        <DataTable
          caption={t.errorsCaption(report.errors.length, report.errorCount)}
          columns={[t.colLine, t.colColumn, t.colMessage]}
        >
          {report.errors.map((error, index) => (
            <tr key={`${error.line}-${error.column ?? ""}-${index}`}>
              <th scope="row" className="numeric">
                {error.line}
              </th>
              <td>{error.column ?? messages.common.emptyCell}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

/**
 * Importing a filled-in template into the campaign: the file goes up, the server checks every
 * line in the background (progress polled and read out), the preview says what would be written
 * and lists the errors; only a file without errors can be confirmed, then it is written all or
 * nothing, and the sheet is refreshed.
 */
export function CampaignImport({ campaignId, onApplied }: { campaignId: string; onApplied: () => Promise<unknown> }) {
  const [file, setFile] = useState<File | null>(null);
  const [submitValues, setSubmitValues] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<UserError | null>(null);
  const [pending, setPending] = useState<"check" | "confirm" | null>(null);
  const start = useMutation(trpc.imports.start.mutationOptions());
  const confirm = useMutation(trpc.imports.confirm.mutationOptions());
  const inputRef = useRef<HTMLInputElement>(null);
  const outcomeRef = useRef<HTMLHeadingElement>(null);
  const refreshedFor = useRef<string | null>(null);

  const job = useQuery(
    trpc.imports.get.queryOptions(
      { id: jobId ?? "" },
      {
        enabled: jobId !== null,
        refetchInterval: (query) => {
          const status = query.state.data?.status;
          return status === undefined || running.includes(status) ? POLL_MS : false;
        },
      },
    ),
  );
  const current = jobId ? job.data : undefined;
  const status = current?.status;

  useEffect(() => {
    // Once the check or the writing ends, its outcome's heading takes the focus: it is read out,
    // and Tab goes on to what can be done next (confirm, or choose another file).
    if (status === "checked" || status === "done" || status === "failed") outcomeRef.current?.focus();
    if (status === "done" && current && refreshedFor.current !== current.id) {
      refreshedFor.current = current.id;
      void Promise.all([
        onApplied(),
        queryClient.invalidateQueries(trpc.campaigns.pathFilter()),
        queryClient.invalidateQueries(trpc.values.pathFilter()),
      ]);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status]);

  /** As `useSending`, but a refusal of the upload route is an error of the file field. */
  async function send(action: "check" | "confirm", found: UserError | null, request: () => Promise<void>) {
    if (pending) return;
    setError(found);
    if (found) return;
    setPending(action);
    try {
      await request();
    } catch (err) {
      setError(
        err instanceof UploadRefused
          ? { code: "BAD_REQUEST", message: err.message, fieldErrors: { file: err.message } }
          : toUserError(err),
      );
    } finally {
      setPending(null);
    }
  }

  function onCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (uploading) return;
    const extension = file?.name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0];
    const found = clientErrors({
      file: !file ? t.fileRequired : extension !== ".xlsx" && extension !== ".csv" && t.fileType,
    });
    void send("check", found, async () => {
      if (!file) return;
      setJobId(null);
      setUploading(true);
      try {
        const { id: fileId } = await uploadFile(file, "import", t.uploadFailed);
        const started = await start.mutateAsync({ fileId, campaignId, submit: submitValues });
        queryClient.setQueryData(trpc.imports.get.queryKey({ id: started.id }), started);
        setJobId(started.id);
      } finally {
        setUploading(false);
      }
    });
  }

  function onConfirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!current) return;
    void send("confirm", null, async () => {
      const applying = await confirm.mutateAsync({ id: current.id });
      queryClient.setQueryData(trpc.imports.get.queryKey({ id: applying.id }), applying);
    });
  }

  function reset() {
    setJobId(null);
    setFile(null);
    if (inputRef.current) inputRef.current.value = "";
    inputRef.current?.focus();
  }

  const fileError = fieldMessage(error, "file");
  const busy = uploading || (status !== undefined && running.includes(status));
  const report = current?.report ?? null;
  const confirmable = status === "checked" && report !== null && report.errorCount === 0 && report.valid > 0;
  const liveText = uploading ? t.uploading : current ? jobSentence(current) : "";

  return (
    <>
      <p>{t.intro}</p>
      <form className="form" noValidate onSubmit={onCheck}>
        <ErrorSummary error={error} fields={{ file: { id: fileFieldId, label: t.fileLabel } }} />
        <div className={fileError ? "field field--invalid" : "field"}>
          <label htmlFor={fileFieldId} className="field-label">
            {t.fileLabel}
            <span className="field-required"> {messages.common.required}</span>
          </label>
          <FieldHint id={fileFieldId} hint={t.fileHint} />
          <FieldErrorMessage id={fileFieldId} error={fileError} />
          <input
            ref={inputRef}
            id={fileFieldId}
            name={fileFieldId}
            type="file"
            className="input input--file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? `${fileFieldId}-hint ${fileFieldId}-error` : `${fileFieldId}-hint`}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <div className="checkbox field">
          <input
            id={submitFieldId}
            type="checkbox"
            checked={submitValues}
            onChange={(event) => setSubmitValues(event.target.checked)}
          />
          <label htmlFor={submitFieldId}>{t.submitOption}</label>
        </div>
        <div className="form-actions">
          <SubmitButton
            label={t.check}
            pending={pending === "check" || busy}
            busy={pending !== null || busy}
            pendingLabel={t.checkPending}
          />
        </div>
      </form>

      {/* Always in the page, so that each step is announced; the bar only repeats the text. */}
      <div className="import-status" role="status">
        {liveText && <p className="import-status__text">{liveText}</p>}
        {current && running.includes(current.status) && <Progress job={current} />}
      </div>

      {current && (status === "checked" || status === "done" || status === "failed") && (
        <section className="import-outcome" aria-labelledby="import-resultat">
          <h3 id="import-resultat" ref={outcomeRef} tabIndex={-1}>
            {status === "checked" ? t.previewTitle : status === "done" ? t.doneTitle : t.failedTitle}{" "}
            <StatusBadge kind="import" status={current.status} />
          </h3>
          {status === "failed" && (
            <p className="field-error" role="alert">
              {current.error ?? t.failedShort}
            </p>
          )}
          {status === "done" && report && (
            <p>{t.doneSummary(report.created ?? 0, report.updated ?? 0, report.unchanged)}</p>
          )}
          {status !== "done" && <Preview job={current} />}
          {status === "checked" && (
            <form className="form" noValidate onSubmit={onConfirm}>
              {report && report.errorCount > 0 && <p className="notice notice--plain">{t.fixErrors}</p>}
              {report && report.errorCount === 0 && report.valid === 0 && (
                <p className="notice notice--plain">{t.nothingToImport}</p>
              )}
              {report && confirmable && <p>{t.confirmHelp(report.valid)}</p>}
              <div className="form-actions">
                {confirmable ? (
                  <SubmitButton
                    label={t.confirm}
                    pending={pending === "confirm"}
                    busy={pending !== null}
                    pendingLabel={messages.common.saving}
                  />
                ) : (
                  <button type="submit" className="button button--primary" disabled>
                    {t.confirm}
                  </button>
                )}
                <button type="button" className="button button--secondary" onClick={reset}>
                  {t.another}
                </button>
              </div>
            </form>
          )}
          {(status === "done" || status === "failed") && (
            <p>
              <button type="button" className="button button--secondary" onClick={reset}>
                {t.another}
              </button>
            </p>
          )}
        </section>
      )}
      {job.isError && jobId && (
        <p className="field-error" role="alert">
          {t.pollFailed}
        </p>
      )}
    </>
  );
}
