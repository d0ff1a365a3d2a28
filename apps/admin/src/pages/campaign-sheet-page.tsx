import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState, type ButtonHTMLAttributes, type FormEvent, type MouseEvent } from "react";
import { Link, useParams } from "react-router";
import { CampaignDownloads } from "../components/campaign-downloads";
import { CampaignImport } from "../components/campaign-import";
import { useCurrentUser } from "../components/current-user";
import { DataTable } from "../components/data-table";
import { Detail, Details } from "../components/details";
import { ErrorSummary } from "../components/error-summary";
import { FieldErrorMessage, FieldHint } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { ShareMeter } from "../components/share-meter";
import { StatusBadge } from "../components/status-badge";
import { StatusMessage, useConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import {
  complementIds,
  ComplementsEditor,
  ComplementsView,
  errorsOnRows,
  firstInvalidComplement,
  partInputs,
  readParts,
  sameParts,
  type Attachment,
  type Part,
  type PartInput,
} from "../components/value-complements";
import { draftCount, type CampaignSheet, type SheetLine, type ValueRecord, type ValueStatus } from "../lib/campaigns";
import { toUserError, type UserError } from "../lib/errors";
import { clientErrors, fieldMessage, submitterValue, useSending } from "../lib/form";
import { formatDate, formatDateTime, formatFigure, formatIndicatorPeriod, formatPeriod } from "../lib/format";
import { decimalInput, parseDecimal } from "../lib/indicators";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../campaigns.css";

const t = messages.campaigns;
const s = messages.campaigns.sheet;
const v = messages.values;

/** What every line of the sheet needs from the page. */
interface SheetContext {
  campaignId: string;
  communeInseeCode: string;
  /** Entry is possible only while the campaign is open. */
  open: boolean;
  staff: boolean;
  /** The page's confirmation, which takes the focus (for actions whose controls go away). */
  onDone: (message: string) => void;
  refetch: () => Promise<unknown>;
  /** After an import: the stored values replace every open line's inputs. */
  onImported: () => Promise<unknown>;
  /** Bumped after an import, so that every line starts afresh from what is stored. */
  generation: number;
}

/** "Cellules vacantes, 2025": names a line in hidden button texts and labels. */
function lineContext(line: SheetLine): string {
  return `${line.indicator.name}, ${formatIndicatorPeriod(line.period)}`;
}

/** Ids of a line's controls: unique per (indicator, period), stable across refreshes. */
function lineIds(line: SheetLine) {
  const base = `ligne-${line.indicator.id}-${line.period}`;
  return {
    base,
    header: `${base}-periode`,
    value: `${base}-valeur`,
    source: `${base}-source`,
    comment: `${base}-commentaire`,
    form: `${base}-formulaire`,
  };
}

/** After any write: the sheet, the campaign's completeness, the lists and the values' histories. */
async function refreshAfterWrite(): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries(trpc.campaigns.pathFilter()),
    queryClient.invalidateQueries(trpc.values.pathFilter()),
  ]);
}

function focusById(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  // The router would treat a hash change as a navigation (and move focus to the h1).
  event.preventDefault();
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: "center" });
  target?.focus();
}

/**
 * A button repeated on every line ("Enregistrer", "Approuver"): its hidden end names the line, so
 * that a list of the page's buttons is not ten identical words. Busy, it stays focusable.
 */
function RowButton({
  label,
  context,
  pending = false,
  busy = false,
  pendingLabel,
  variant = "primary",
  type = "submit",
  onClick,
  ...rest
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  label: string;
  context: string;
  pending?: boolean;
  busy?: boolean;
  pendingLabel?: string;
  variant?: "primary" | "secondary";
  type?: "submit" | "button";
}) {
  const waiting = pending || busy;
  return (
    <button
      type={type}
      className={`button button--${variant} button--small`}
      aria-disabled={waiting || undefined}
      onClick={(event) => {
        if (waiting) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    >
      {pending && pendingLabel ? pendingLabel : label}
      <span className="visually-hidden"> : {context}</span>
    </button>
  );
}

// ---- Status and history ------------------------------------------------------------------

function StatusCell({ line }: { line: SheetLine }) {
  const value = line.value;
  if (!value) return <span className="badge badge--neutral">{v.missing}</span>;
  const unit = line.indicator.unit;
  return (
    <>
      <StatusBadge kind="value" status={value.status} />
      {value.status === "returned" && value.reviewComment && (
        <div className="review-comment review-comment--row">
          <p className="review-comment__label">{v.returnedComment}</p>
          <blockquote className="review-comment__text">{value.reviewComment}</blockquote>
        </div>
      )}
      {value.publishedAt && value.status !== "approved" && (
        <p className="published-note">
          {v.correcting(formatDate(value.publishedAt), formatFigure(value.publishedValue, unit))}
        </p>
      )}
      {value.status === "approved" && value.confidential && <p className="published-note">{v.confidentialApproved}</p>}
      {value.publishedAt && value.status === "approved" && !value.confidential && (
        <p className="published-note">
          {value.correctedAt
            ? v.publishedCorrected(formatDate(value.publishedAt), formatDate(value.correctedAt))
            : v.published(formatDate(value.publishedAt))}
        </p>
      )}
    </>
  );
}

function changeText(field: string, raw: unknown, unit: string): string {
  if (raw === null || raw === undefined || raw === "") return v.empty;
  switch (field) {
    case "value":
    case "publishedValue":
      return typeof raw === "number" ? formatFigure(raw, unit) : String(raw);
    case "status":
      return v.status[raw as ValueStatus] ?? String(raw);
    case "confidential":
      return raw ? v.yes : v.no;
    case "attachmentId":
      return v.attachedFile;
    case "correctedAt":
      return typeof raw === "string" ? formatDateTime(raw) : String(raw);
    case "breakdown":
      return Array.isArray(raw)
        ? raw
            .map(
              (part: { label?: unknown; value?: unknown }) =>
                `${String(part.label)} : ${typeof part.value === "number" ? formatFigure(part.value, unit) : String(part.value)}`,
            )
            .join(" ; ")
        : String(raw);
    default:
      return typeof raw === "string" ? raw : JSON.stringify(raw);
  }
}

/** Who changed what and when, loaded when the disclosure is opened. */
function ValueHistory({ value, context }: { value: ValueRecord; context: string }) {
  const [open, setOpen] = useState(false);
  const history = useQuery(trpc.values.get.queryOptions({ id: value.id }, { enabled: open }));
  return (
    <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {v.history}
        <span className="visually-hidden"> : {context}</span>
      </summary>
      {open && (
        <QueryBoundary query={history}>
          {(data) =>
            data.history.length === 0 ? (
              <p>{v.historyEmpty}</p>
            ) : (
              <ol className="trail history__list">
                {data.history.map((entry, index) => (
                  <li key={`${entry.createdAt}-${index}`} className="trail__item">
                    <p className="trail__what">
                      {v.historyBy(
                        v.actions[entry.action as keyof typeof v.actions] ?? entry.action,
                        entry.actorName ?? v.unknownActor,
                        formatDateTime(entry.createdAt),
                      )}
                    </p>
                    {Object.keys(entry.changes).length > 0 && (
                      <ul className="history__changes">
                        {Object.entries(entry.changes).map(([field, [before, after]]) => (
                          <li key={field}>
                            {v.change(
                              v.fields[field as keyof typeof v.fields] ?? field,
                              changeText(field, before, value.unit),
                              changeText(field, after, value.unit),
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                    {entry.comment && <blockquote className="trail__comment prose">{entry.comment}</blockquote>}
                  </li>
                ))}
              </ol>
            )
          }
        </QueryBoundary>
      )}
    </details>
  );
}

// ---- Review (officers) -------------------------------------------------------------------

function ReviewForm({
  value,
  context,
  ctx,
  onReload,
}: {
  value: ValueRecord;
  context: string;
  ctx: SheetContext;
  onReload: () => void;
}) {
  const [comment, setComment] = useState("");
  // The version the officer looked at: a change since then must not be approved unseen.
  const [version] = useState(value.version);
  const { error, pending, send } = useSending<"approve" | "return">();
  const review = useMutation(trpc.values.review.mutationOptions());
  const commentId = `relecture-${value.id}`;
  const commentError = fieldMessage(error, "comment");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const decision = submitterValue(event) === "return" ? "return" : "approve";
    const found = clientErrors({ comment: decision === "return" && comment.trim() === "" && v.returnCommentRequired });
    void send(decision, found, async () => {
      const trimmed = comment.trim();
      await review.mutateAsync({ id: value.id, version, decision, ...(trimmed ? { comment: trimmed } : {}) });
      ctx.onDone(decision === "approve" ? v.approvedDone(context) : v.returnedDone(context));
      await refreshAfterWrite();
    });
  }

  return (
    <form className="row-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={{ comment: { id: commentId, label: v.reviewComment } }} onReload={onReload} />
      <div className={commentError ? "field field--compact field--invalid" : "field field--compact"}>
        <label htmlFor={commentId} className="field-label">
          {v.reviewComment}
          <span className="visually-hidden"> : {context}</span>
        </label>
        <FieldHint id={commentId} hint={v.reviewCommentHint} />
        <FieldErrorMessage id={commentId} error={commentError} />
        <textarea
          id={commentId}
          className="input textarea"
          rows={2}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={commentError ? `${commentId}-hint ${commentId}-error` : `${commentId}-hint`}
        />
      </div>
      <div className="row-actions">
        <RowButton
          name="decision"
          value="approve"
          label={v.approve}
          context={context}
          pending={pending === "approve"}
          busy={pending !== null}
          pendingLabel={messages.common.saving}
        />
        <RowButton
          name="decision"
          value="return"
          variant="secondary"
          label={v.return}
          context={context}
          pending={pending === "return"}
          busy={pending !== null}
          pendingLabel={messages.common.sending}
        />
      </div>
    </form>
  );
}

// ---- Lines -------------------------------------------------------------------------------

type RowField = "value" | "source" | "comment";
const rowFields: readonly RowField[] = ["value", "source", "comment"];
/** Every field a line shows its own errors at: its inputs, and those of its complements. */
const lineFields: readonly string[] = [...rowFields, "breakdown", "confidential", "attachmentId"];

/** An error the line's fields cannot show (a conflict, a refusal, a period): for the summary. */
function generalError(error: UserError | null): UserError | null {
  if (!error) return null;
  const keys = Object.keys(error.fieldErrors);
  if (error.code === "CONFLICT" || keys.length === 0) return error;
  return keys.some((key) => !lineFields.includes(key.split(".")[0] ?? "")) ? error : null;
}

interface RowProps {
  line: SheetLine;
  ctx: SheetContext;
  onReload: () => void;
}

/** What a line's form starts from (when opened, then after each save): the stored value, or a new line's defaults. */
function openedFrom(value: ValueRecord | null, indicator: SheetLine["indicator"]) {
  return {
    value: decimalInput(value?.value),
    source: value?.source ?? "",
    comment: value?.comment ?? "",
    // A new value is confidential when its indicator is not public by default, as the API decides.
    confidential: value ? value.confidential : !indicator.publicByDefault,
    breakdown: (value?.breakdown ?? []) as Part[],
    attachment: value?.attachment ?? null,
  };
}

/**
 * A line being entered or corrected. Its inputs sit in the table's cells and belong to the form
 * of the last cell (the `form` attribute). It stays mounted across its own saves, so the focus
 * stays on the button and the line's status region says what happened.
 */
function EditRow({ line, ctx, onReload, focusOnMount }: RowProps & { focusOnMount: boolean }) {
  const [opened, setOpened] = useState(() => openedFrom(line.value, line.indicator));
  const [version, setVersion] = useState(line.value?.version);
  const [inputs, setInputs] = useState(() => ({ value: opened.value, source: opened.source, comment: opened.comment }));
  const [confidential, setConfidential] = useState(opened.confidential);
  const [parts, setParts] = useState<PartInput[]>(() => partInputs(opened.breakdown));
  const [attachment, setAttachment] = useState<Attachment | null>(opened.attachment);
  const [moreOpen, setMoreOpen] = useState(false);
  const [error, setError] = useState<UserError | null>(null);
  const [saved, setSaved] = useState("");
  const save = useMutation(trpc.values.save.mutationOptions());
  const ids = lineIds(line);
  const more = complementIds(ids.base);
  const context = lineContext(line);
  const unit = line.indicator.unit;

  useEffect(() => {
    if (focusOnMount) document.getElementById(ids.value)?.focus();
    // Only when the line first opens for correction.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    // After the error is shown (and tied to its field), the first invalid field takes the focus;
    // one in the complements was shown by opening them.
    if (!error || generalError(error)) return;
    const invalid = rowFields.find((name) => fieldMessage(error, name));
    const target = invalid ? ids[invalid] : firstInvalidComplement(error, parts, more);
    if (target) document.getElementById(target)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error]);

  function showError(found: UserError | null) {
    setError(found);
    if (found && !generalError(found) && firstInvalidComplement(found, parts, more)) setMoreOpen(true);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    setSaved("");
    const figure = parseDecimal(inputs.value);
    const read = readParts(parts);
    const found = clientErrors({
      value: figure === null ? v.valueRequired : Number.isNaN(figure) && v.valueInvalid,
      ...read.errors,
    });
    showError(found);
    if (found || figure === null) return;
    const source = inputs.source.trim();
    const comment = inputs.comment.trim();
    const breakdown = read.parts;
    const attachmentId = attachment?.id ?? null;
    const isNew = version === undefined;
    // A new line sends what it holds; an existing one only what changed since it was opened (or saved).
    const breakdownChanged = isNew ? breakdown.length > 0 : !sameParts(breakdown, opened.breakdown);
    const attachmentChanged = isNew ? attachmentId !== null : attachmentId !== (opened.attachment?.id ?? null);
    try {
      const written = await save.mutateAsync({
        indicatorId: line.indicator.id,
        communeInseeCode: ctx.communeInseeCode,
        period: line.period,
        campaignId: ctx.campaignId,
        ...(isNew ? {} : { version }),
        value: figure,
        ...(isNew || source !== opened.source ? { source } : {}),
        ...(isNew || comment !== opened.comment ? { comment } : {}),
        ...(isNew || confidential !== opened.confidential ? { confidential } : {}),
        ...(breakdownChanged ? { breakdown: breakdown.length > 0 ? breakdown : null } : {}),
        ...(attachmentChanged ? { attachmentId } : {}),
      });
      setVersion(written.version);
      const now = openedFrom(written, line.indicator);
      setOpened(now);
      setInputs({ value: now.value, source: now.source, comment: now.comment });
      setConfidential(now.confidential);
      setParts(partInputs(now.breakdown));
      setAttachment(now.attachment);
      setSaved(v.savedDraft(context));
      await refreshAfterWrite();
    } catch (err) {
      showError(errorsOnRows(toUserError(err), read.rows));
    }
  }

  const errorOf = (name: RowField) => fieldMessage(error, name);
  const describedBy = (name: RowField) => (errorOf(name) ? `${ids[name]}-error` : undefined);
  const bind = (name: RowField) => ({
    id: ids[name],
    form: ids.form,
    value: inputs[name],
    onChange: (event: { target: { value: string } }) =>
      setInputs((current) => ({ ...current, [name]: event.target.value })),
    "aria-invalid": errorOf(name) ? (true as const) : undefined,
    "aria-describedby": describedBy(name),
  });
  const general = generalError(error);

  return (
    <tr className={error ? "sheet-row sheet-row--invalid" : "sheet-row"}>
      <th scope="row" id={ids.header}>
        {formatIndicatorPeriod(line.period)}
      </th>
      <td>
        <label htmlFor={ids.value} className="visually-hidden">
          {v.valueLabel(unit, context)}
        </label>
        <FieldErrorMessage id={ids.value} error={errorOf("value")} />
        <span className="value-input">
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            className="input input--figure"
            {...bind("value")}
          />
          {unit && (
            <span className="value-input__unit" aria-hidden="true">
              {unit}
            </span>
          )}
        </span>
      </td>
      <td>
        <label htmlFor={ids.source} className="visually-hidden">
          {v.sourceLabel(context)}
        </label>
        <FieldErrorMessage id={ids.source} error={errorOf("source")} />
        <input type="text" className="input input--cell" maxLength={500} {...bind("source")} />
      </td>
      <td>
        <label htmlFor={ids.comment} className="visually-hidden">
          {v.commentLabel(context)}
        </label>
        <FieldErrorMessage id={ids.comment} error={errorOf("comment")} />
        <textarea className="input textarea input--cell" rows={2} maxLength={2000} {...bind("comment")} />
      </td>
      <td>
        <ComplementsEditor
          ids={more}
          formId={ids.form}
          context={context}
          unit={unit}
          additive={line.indicator.aggregation === "sum"}
          publicIndicator={line.indicator.publicByDefault}
          total={parseDecimal(inputs.value)}
          open={moreOpen}
          onToggle={setMoreOpen}
          confidential={confidential}
          onConfidential={setConfidential}
          parts={parts}
          onParts={setParts}
          attachment={attachment}
          onAttachment={setAttachment}
          error={error}
        />
      </td>
      <td>
        <StatusCell line={line} />
      </td>
      <td>
        <form id={ids.form} className="row-form" noValidate onSubmit={(event) => void onSubmit(event)}>
          {general && <ErrorSummary error={general} fields={{}} onReload={onReload} />}
          <RowButton label={v.save} context={context} pending={save.isPending} pendingLabel={messages.common.saving} />
          <p role="status" className="row-status">
            {saved}
          </p>
        </form>
        {line.value && <ValueHistory value={line.value} context={context} />}
      </td>
    </tr>
  );
}

/** A line that is not being edited: under review, approved, or the campaign is not open. */
function ReadRow({ line, ctx, onReload, onCorrect }: RowProps & { onCorrect: () => void }) {
  const value = line.value;
  const context = lineContext(line);
  return (
    <tr className="sheet-row">
      <th scope="row">{formatIndicatorPeriod(line.period)}</th>
      <td className="numeric-cell">{value ? formatFigure(value.value, line.indicator.unit) : v.notEntered}</td>
      <td>{value?.source || messages.common.emptyCell}</td>
      <td className="prose">{value?.comment || messages.common.emptyCell}</td>
      <td>
        <ComplementsView value={value} context={context} />
      </td>
      <td>
        <StatusCell line={line} />
      </td>
      <td>
        {value?.status === "submitted" &&
          (ctx.staff ? (
            <ReviewForm key={value.version} value={value} context={context} ctx={ctx} onReload={onReload} />
          ) : (
            <p className="muted">{v.underReview}</p>
          ))}
        {ctx.open && value?.status === "approved" && (
          <RowButton type="button" variant="secondary" label={v.correct} context={context} onClick={onCorrect} />
        )}
        {value && <ValueHistory value={value} context={context} />}
      </td>
    </tr>
  );
}

function SheetRow({ line, ctx }: { line: SheetLine; ctx: SheetContext }) {
  // Bumped to start the line afresh from the stored value (after a conflict).
  const [generation, setGeneration] = useState(0);
  // "Corriger" on an approved value opens it for editing, for the version it was pressed on.
  const [correctingVersion, setCorrectingVersion] = useState<number | null>(null);
  const status = line.value?.status ?? null;
  const correcting = status === "approved" && correctingVersion === line.value?.version;
  const editable = ctx.open && (status === null || status === "draft" || status === "returned" || correcting);

  const reload = () => {
    void ctx.refetch().then(() => {
      setGeneration((g) => g + 1);
      ctx.onDone(messages.errors.conflictReloaded);
    });
  };

  return editable ? (
    <EditRow key={generation} line={line} ctx={ctx} onReload={reload} focusOnMount={correcting} />
  ) : (
    <ReadRow
      line={line}
      ctx={ctx}
      onReload={reload}
      onCorrect={() => setCorrectingVersion(line.value?.version ?? null)}
    />
  );
}

/** The lines of one indicator, in period order, as the sheet shows them. */
function groupByIndicator(lines: readonly SheetLine[]) {
  const groups = new Map<string, { indicator: SheetLine["indicator"]; lines: SheetLine[] }>();
  for (const line of lines) {
    const group = groups.get(line.indicator.id) ?? { indicator: line.indicator, lines: [] };
    group.lines.push(line);
    groups.set(line.indicator.id, group);
  }
  return [...groups.values()];
}

// ---- Page sections -----------------------------------------------------------------------

function Progress({ sheet }: { sheet: CampaignSheet }) {
  const p = sheet.progress;
  const drafts = draftCount(p);
  return (
    <>
      <p className="lead">
        {t.remaining({
          missing: p.missing,
          returned: p.returned,
          drafts,
          submitted: p.submitted,
          complete: p.approvedShare >= 1,
          open: sheet.campaign.status === "open",
        })}
      </p>
      <Details>
        <Detail term={s.expected}>{p.expected}</Detail>
        <Detail term={s.missing}>{p.missing}</Detail>
        <Detail term={s.drafts}>{drafts}</Detail>
        <Detail term={s.submitted}>{p.submitted}</Detail>
        <Detail term={s.returned}>{p.returned}</Detail>
        <Detail term={s.approved}>
          <ShareMeter share={p.approvedShare} detail={t.approvedOf(p.approved, p.expected)} />
        </Detail>
      </Details>
    </>
  );
}

function ReturnedNotice({ lines, open }: { lines: readonly SheetLine[]; open: boolean }) {
  return (
    <section className="notice" aria-labelledby="feuille-renvois">
      <h2 id="feuille-renvois" className="notice__title">
        {s.returnedTitle(lines.length)}
      </h2>
      <p>{s.returnedIntro}</p>
      <ul className="returned-list">
        {lines.map((line) => {
          const id = lineIds(line).value;
          return (
            <li key={id}>
              <p className="notice__label">
                {open ? (
                  <a href={`#${id}`} onClick={(event) => focusById(event, id)}>
                    {lineContext(line)}
                  </a>
                ) : (
                  lineContext(line)
                )}
              </p>
              <blockquote className="notice__quote prose">{line.value?.reviewComment}</blockquote>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function SendForReview({ ctx, drafts, returned }: { ctx: SheetContext; drafts: number; returned: number }) {
  const submitAll = useMutation(trpc.values.submitAll.mutationOptions());
  const { error, pending, send } = useSending();

  if (drafts === 0) return <p>{returned > 0 ? s.sendReturnedFirst : s.nothingToSend}</p>;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send("send", null, async () => {
      const result = await submitAll.mutateAsync({
        campaignId: ctx.campaignId,
        communeInseeCode: ctx.communeInseeCode,
      });
      ctx.onDone(s.sent(result.submitted));
      await refreshAfterWrite();
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={{}} />
      <p>{s.sendHelp(drafts, returned)}</p>
      <div className="form-actions">
        <SubmitButton label={s.send} pending={pending !== null} pendingLabel={messages.common.sending} />
      </div>
    </form>
  );
}

function ApproveAll({ ctx, submitted }: { ctx: SheetContext; submitted: number }) {
  const approveAll = useMutation(trpc.values.approveAll.mutationOptions());
  const { error, pending, send } = useSending();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send("send", null, async () => {
      const result = await approveAll.mutateAsync({
        campaignId: ctx.campaignId,
        communeInseeCode: ctx.communeInseeCode,
      });
      ctx.onDone(s.allApproved(result.approved));
      await refreshAfterWrite();
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={{}} />
      <p>{s.reviewHelp(submitted)}</p>
      <div className="form-actions">
        <SubmitButton label={s.approveAll} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}

function Sheet({ sheet, ctx }: { sheet: CampaignSheet; ctx: SheetContext }) {
  const { campaign } = sheet;
  const statuses = sheet.lines.map((line) => line.value?.status ?? null);
  const count = (status: ValueStatus) => statuses.filter((x) => x === status).length;
  const returnedLines = sheet.lines.filter((line) => line.value?.status === "returned" && line.value.reviewComment);

  return (
    <>
      <section aria-labelledby="feuille-campagne">
        <h2 id="feuille-campagne">{s.campaign}</h2>
        <Details>
          <Detail term={s.status}>
            <StatusBadge kind="campaign" status={campaign.status} />
          </Detail>
          <Detail term={s.period}>{formatPeriod(campaign.periodStart, campaign.periodEnd)}</Detail>
          <Detail term={s.deadline}>{formatDate(campaign.deadline)}</Detail>
          <Detail term={s.instructions} prose>
            {campaign.instructions || t.page.noInstructions}
          </Detail>
        </Details>
      </section>
      {!ctx.open && <p className="notice notice--plain">{s.notOpen(t.status[campaign.status])}</p>}
      {returnedLines.length > 0 && <ReturnedNotice lines={returnedLines} open={ctx.open} />}
      <section aria-labelledby="feuille-avancement">
        <h2 id="feuille-avancement">{s.progress}</h2>
        <Progress sheet={sheet} />
      </section>
      {ctx.staff && count("submitted") > 0 && (
        <section aria-labelledby="feuille-relecture">
          <h2 id="feuille-relecture">{s.review}</h2>
          <ApproveAll ctx={ctx} submitted={count("submitted")} />
        </section>
      )}
      <section aria-labelledby="feuille-valeurs">
        <h2 id="feuille-valeurs">{s.values}</h2>
        <p>{ctx.open ? s.valuesHelp : s.valuesClosed}</p>
        {groupByIndicator(sheet.lines).map(({ indicator, lines }) => (
          <section key={indicator.id} aria-labelledby={`indicateur-${indicator.id}`} className="sheet-indicator">
            <h3 id={`indicateur-${indicator.id}`}>{indicator.name}</h3>
            <p className="field-hint">
              {s.indicatorFacts(indicator.unit, t.frequency[indicator.frequency])}
              {indicator.definition ? ` ${indicator.definition}` : ""}
            </p>
            <DataTable
              caption={s.tableCaption(indicator.name, indicator.unit)}
              columns={[
                s.colPeriod,
                s.colValue(indicator.unit),
                s.colSource,
                s.colComment,
                s.colMore,
                s.colStatus,
                s.colActions,
              ]}
            >
              {lines.map((line) => (
                <SheetRow key={`${ctx.generation}|${line.indicator.id}|${line.period}`} line={line} ctx={ctx} />
              ))}
            </DataTable>
          </section>
        ))}
      </section>
      {ctx.open && (
        <section aria-labelledby="feuille-envoi">
          <h2 id="feuille-envoi">{s.sendTitle}</h2>
          <SendForReview ctx={ctx} drafts={count("draft")} returned={count("returned")} />
        </section>
      )}
      {ctx.open && (
        <section aria-labelledby="feuille-import">
          <h2 id="feuille-import">{s.importTitle}</h2>
          <CampaignImport campaignId={campaign.id} onApplied={ctx.onImported} />
        </section>
      )}
      <section aria-labelledby="feuille-fichiers">
        <h2 id="feuille-fichiers">{t.page.files}</h2>
        <CampaignDownloads campaignId={campaign.id} commune={ctx.communeInseeCode} />
      </section>
    </>
  );
}

export function CampaignSheetPage() {
  const { id = "", insee = "" } = useParams();
  const user = useCurrentUser();
  const staff = isStaff(user);
  const sheet = useQuery(trpc.campaigns.sheet.queryOptions({ campaignId: id, communeInseeCode: insee }));
  const done = useConfirmation();
  const [generation, setGeneration] = useState(0);
  const data = sheet.data;
  // The campaign's page lists several communes; a contributor for one commune has only this sheet.
  const severalCommunes = data
    ? staff || data.campaign.communeCodes.filter((code) => user.communeCodes.includes(code)).length > 1
    : false;

  return (
    <>
      <PageHeading
        title={data ? s.title(data.commune.name, data.campaign.name) : s.fallbackTitle}
        ready={!sheet.isPending}
      />
      <p>
        {data && severalCommunes ? (
          <Link to={`/campagnes/${id}`}>{s.backToCampaign(data.campaign.name)}</Link>
        ) : (
          <Link to="/campagnes">{t.page.backToList}</Link>
        )}
      </p>
      <StatusMessage {...done.props} />
      <QueryBoundary query={sheet}>
        {(loaded) => (
          <Sheet
            sheet={loaded}
            ctx={{
              campaignId: loaded.campaign.id,
              communeInseeCode: loaded.commune.inseeCode,
              open: loaded.campaign.status === "open",
              staff,
              onDone: done.show,
              refetch: () => sheet.refetch(),
              onImported: async () => {
                await sheet.refetch();
                setGeneration((g) => g + 1);
              },
              generation,
            }}
          />
        )}
      </QueryBoundary>
    </>
  );
}
