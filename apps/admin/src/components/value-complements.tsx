import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from "react";
import type { ValueRecord } from "../lib/campaigns";
import type { UserError } from "../lib/errors";
import { formatFigure } from "../lib/format";
import { parseDecimal } from "../lib/indicators";
import { fileUrl, formatFileSize, uploadFile, UploadRefused } from "../lib/uploads";
import { messages } from "../messages.fr";
import { FieldErrorMessage, FieldHint } from "./form-field";

const v = messages.values;

/**
 * What a value carries besides its figure, source and comment: whether it is confidential, its
 * breakdown into parts, and a document attached to it. Edited in a disclosure of the sheet's
 * line (the line's form sends them), shown as text on read-only lines.
 */

export type Attachment = NonNullable<ValueRecord["attachment"]>;
export interface Part {
  label: string;
  value: number;
}

/** A part as typed: `key` keeps its inputs (and ids) when the parts before it are removed. */
export interface PartInput {
  key: number;
  label: string;
  value: string;
}

let lastPartKey = 0;
export const newPartKey = (): number => ++lastPartKey;

export function partInputs(breakdown: readonly Part[] | null | undefined): PartInput[] {
  return (breakdown ?? []).map((part) => ({
    key: newPartKey(),
    label: part.label,
    value: String(part.value).replace(".", ","),
  }));
}

/** The ids of a line's complements, from the line's own prefix. */
export function complementIds(base: string) {
  return {
    more: `${base}-complements`,
    confidential: `${base}-confidentielle`,
    breakdown: `${base}-decomposition`,
    addPart: `${base}-ajouter-part`,
    partLabel: (key: number) => `${base}-part-${key}-libelle`,
    partValue: (key: number) => `${base}-part-${key}-valeur`,
    attachment: `${base}-piece-jointe`,
  };
}
export type ComplementIds = ReturnType<typeof complementIds>;

/**
 * The parts to send, read from the inputs: a line left wholly empty is skipped, any other must
 * have a label and a number. `rows` gives, for each part sent, its line in the editor, so that
 * the API's errors ("breakdown.1.label") land on the right inputs.
 */
export function readParts(inputs: readonly PartInput[]): {
  parts: Part[];
  rows: number[];
  errors: Record<string, string>;
} {
  const parts: Part[] = [];
  const rows: number[] = [];
  const errors: Record<string, string> = {};
  inputs.forEach((input, index) => {
    const label = input.label.trim();
    const figure = parseDecimal(input.value);
    if (label === "" && figure === null) return;
    if (label === "") errors[`breakdown.${index}.label`] = v.partLabelRequired;
    if (figure === null) errors[`breakdown.${index}.value`] = v.partValueRequired;
    else if (Number.isNaN(figure)) errors[`breakdown.${index}.value`] = v.valueInvalid;
    else if (label !== "") {
      parts.push({ label, value: figure });
      rows.push(index);
    }
  });
  return { parts, rows, errors };
}

/** The API numbers the parts it was sent; the editor numbers its lines (empty ones included). */
export function errorsOnRows(error: UserError, rows: readonly number[]): UserError {
  const fieldErrors = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([key, message]) => {
      const match = /^breakdown\.(\d+)(\..*)?$/.exec(key);
      return match ? [`breakdown.${rows[Number(match[1])] ?? match[1]}${match[2] ?? ""}`, message] : [key, message];
    }),
  );
  return { ...error, fieldErrors };
}

export function sameParts(a: readonly Part[], b: readonly Part[]): boolean {
  return a.length === b.length && a.every((part, i) => part.label === b[i]!.label && part.value === b[i]!.value);
}

/** The first field of the complements an error is about, in the order they are shown; null if none. */
export function firstInvalidComplement(
  error: UserError | null,
  parts: readonly PartInput[],
  ids: ComplementIds,
): string | null {
  if (!error) return null;
  const has = (key: string) => Boolean(error.fieldErrors[key]);
  if (has("confidential")) return ids.confidential;
  for (const [index, part] of parts.entries()) {
    if (has(`breakdown.${index}.label`)) return ids.partLabel(part.key);
    if (has(`breakdown.${index}.value`)) return ids.partValue(part.key);
  }
  const anyPartError = Object.keys(error.fieldErrors).some((key) => key.startsWith("breakdown"));
  if (anyPartError) return parts[0] ? ids.partValue(parts[0].key) : ids.addPart;
  if (has("attachmentId")) return ids.attachment;
  return null;
}

const sumFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 6 });

/** A small table of parts, label and number, with a line added or removed at a time. */
function BreakdownEditor({
  ids,
  formId,
  context,
  unit,
  additive,
  total,
  parts,
  onChange,
  error,
}: {
  ids: ComplementIds;
  formId: string;
  context: string;
  unit: string;
  /** The indicator adds up ("sum"): the parts must make the value, and their sum is shown as it is typed. */
  additive: boolean;
  /** The value as typed in the line (null when it is not a number yet). */
  total: number | null;
  parts: readonly PartInput[];
  onChange: (next: PartInput[]) => void;
  error: UserError | null;
}) {
  // Where the focus goes once the lines have changed (a new line, or the one after a removed one).
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget)?.focus();
  }, [focusTarget]);

  const groupError = error?.fieldErrors["breakdown"];
  const partError = (index: number, field: "label" | "value") => error?.fieldErrors[`breakdown.${index}.${field}`];
  const sum = parts.reduce((total, part) => {
    const figure = parseDecimal(part.value);
    return figure === null || Number.isNaN(figure) ? total : total + figure;
  }, 0);

  function add() {
    const key = newPartKey();
    onChange([...parts, { key, label: "", value: "" }]);
    setFocusTarget(ids.partLabel(key));
  }

  function remove(index: number) {
    const next = parts.filter((_, i) => i !== index);
    const neighbour = next[index] ?? next[index - 1];
    onChange(next);
    setFocusTarget(neighbour ? ids.partLabel(neighbour.key) : ids.addPart);
  }

  function update(index: number, field: "label" | "value", text: string) {
    onChange(parts.map((part, i) => (i === index ? { ...part, [field]: text } : part)));
  }

  const describedBy = (...candidates: (string | false | undefined)[]) =>
    candidates.filter(Boolean).join(" ") || undefined;

  return (
    <fieldset className={groupError ? "complement breakdown field--invalid" : "complement breakdown"}>
      <legend className="field-label">
        {v.breakdown}
        <span className="visually-hidden"> : {context}</span>
      </legend>
      <FieldHint id={ids.breakdown} hint={additive ? v.breakdownHintSum : v.breakdownHint} />
      <FieldErrorMessage id={ids.breakdown} error={groupError} />
      {parts.length === 0 ? (
        <p className="muted">{v.breakdownNone}</p>
      ) : (
        <table className="breakdown-table">
          <caption className="visually-hidden">{v.breakdownCaption(context)}</caption>
          <thead>
            <tr>
              <th scope="col">{v.colPartLabel}</th>
              <th scope="col">{v.colPartValue(unit)}</th>
              <th scope="col">
                <span className="visually-hidden">{v.colPartAction}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part, index) => {
              const labelId = ids.partLabel(part.key);
              const valueId = ids.partValue(part.key);
              const labelError = partError(index, "label");
              const valueError = partError(index, "value");
              return (
                <tr key={part.key}>
                  <td>
                    <label htmlFor={labelId} className="visually-hidden">
                      {v.partLabel(index + 1, context)}
                    </label>
                    <FieldErrorMessage id={labelId} error={labelError} />
                    <input
                      id={labelId}
                      form={formId}
                      type="text"
                      className="input input--part"
                      maxLength={100}
                      autoComplete="off"
                      value={part.label}
                      onChange={(event) => update(index, "label", event.target.value)}
                      aria-invalid={labelError ? true : undefined}
                      aria-describedby={describedBy(labelError && `${labelId}-error`)}
                    />
                  </td>
                  <td>
                    <label htmlFor={valueId} className="visually-hidden">
                      {v.partValue(index + 1, unit, context)}
                    </label>
                    <FieldErrorMessage id={valueId} error={valueError} />
                    <input
                      id={valueId}
                      form={formId}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      className="input input--figure"
                      value={part.value}
                      onChange={(event) => update(index, "value", event.target.value)}
                      aria-invalid={valueError || groupError ? true : undefined}
                      aria-describedby={describedBy(
                        valueError && `${valueId}-error`,
                        groupError && `${ids.breakdown}-error`,
                      )}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      onClick={() => remove(index)}
                    >
                      {v.removePart}
                      <span className="visually-hidden">{v.removePartContext(index + 1, context)}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {/* In the page from the start, so that the sum is read out as the parts are typed. */}
      {additive && (
        <p className="breakdown-sum" aria-live="polite">
          {parts.length > 0 &&
            v.breakdownSum(
              sumFormat.format(sum),
              total === null || Number.isNaN(total) ? null : sumFormat.format(total),
            )}
        </p>
      )}
      <button id={ids.addPart} type="button" className="button button--secondary button--small" onClick={add}>
        {v.addPart}
        <span className="visually-hidden"> : {context}</span>
      </button>
    </fieldset>
  );
}

/** A document attached to the value: uploaded as soon as it is chosen, kept when the line is saved. */
function AttachmentField({
  ids,
  context,
  attachment,
  onChange,
  error,
}: {
  ids: ComplementIds;
  context: string;
  attachment: Attachment | null;
  onChange: (next: Attachment | null) => void;
  /** The line's save refused the attachment. */
  error: string | undefined;
}) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [news, setNews] = useState("");
  const shownError = uploadError ?? error;
  const inputId = ids.attachment;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file || uploading) return;
    setUploadError(null);
    setUploading(true);
    setNews(v.attachmentUploading);
    try {
      const stored = await uploadFile(file, "attachment", v.attachmentFailed);
      onChange({ id: stored.id, fileName: stored.fileName, sizeBytes: stored.sizeBytes });
      setNews(v.attachmentUploaded(stored.fileName));
    } catch (err) {
      setNews("");
      setUploadError(err instanceof UploadRefused ? err.message : v.attachmentFailed);
    } finally {
      setUploading(false);
      // Emptied, so that choosing the same file again is a change too.
      if (inputRef.current) inputRef.current.value = "";
    }
  }

  function remove() {
    onChange(null);
    setUploadError(null);
    setNews(v.attachmentRemoved);
    // The button goes away with the file: the focus goes to the file field, where one can be chosen.
    inputRef.current?.focus();
  }

  return (
    <fieldset className={shownError ? "complement field--invalid" : "complement"}>
      <legend className="field-label">
        {v.attachment}
        <span className="visually-hidden"> : {context}</span>
      </legend>
      {attachment ? (
        <p className="attachment">
          {v.attachmentCurrent} <AttachmentLink attachment={attachment} context={context} />{" "}
          <button type="button" className="button button--secondary button--small" onClick={remove}>
            {v.attachmentRemove}
            <span className="visually-hidden">{v.attachmentRemoveContext(context)}</span>
          </button>
        </p>
      ) : (
        <p className="muted">{v.attachmentNone}</p>
      )}
      <label htmlFor={inputId} className="complement__label">
        {attachment ? v.attachmentReplace : v.attachmentChoose}
        <span className="visually-hidden"> : {context}</span>
      </label>
      <FieldHint id={inputId} hint={v.attachmentHint} />
      <FieldErrorMessage id={inputId} error={shownError} />
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        className="input input--file"
        accept=".pdf,.png,.jpg,.jpeg,.xlsx,.ods,.docx,.odt,.csv"
        aria-invalid={shownError ? true : undefined}
        aria-describedby={shownError ? `${inputId}-hint ${inputId}-error` : `${inputId}-hint`}
        onChange={(event) => void onFile(event)}
      />
      <p role="status" className="row-status">
        {news}
      </p>
    </fieldset>
  );
}

function AttachmentLink({ attachment, context }: { attachment: Attachment; context: string }) {
  return (
    <>
      <a href={fileUrl(attachment.id)}>
        {attachment.fileName}
        <span className="visually-hidden"> : {context}</span>
      </a>{" "}
      <span className="muted">{v.attachmentSize(formatFileSize(attachment.sizeBytes))}</span>
    </>
  );
}

/**
 * The disclosure of an editable line. Its summary names the line and says, closed, what it holds;
 * the line's form sends what changed in it with the rest of the line.
 */
export function ComplementsEditor({
  ids,
  formId,
  context,
  unit,
  additive,
  publicIndicator,
  total,
  open,
  onToggle,
  confidential,
  onConfidential,
  parts,
  onParts,
  attachment,
  onAttachment,
  error,
}: {
  ids: ComplementIds;
  formId: string;
  context: string;
  unit: string;
  additive: boolean;
  /** The indicator is shown on the portal at all (otherwise no value of it ever is). */
  publicIndicator: boolean;
  total: number | null;
  open: boolean;
  onToggle: (open: boolean) => void;
  confidential: boolean;
  onConfidential: (next: boolean) => void;
  parts: readonly PartInput[];
  onParts: (next: PartInput[]) => void;
  attachment: Attachment | null;
  onAttachment: (next: Attachment | null) => void;
  error: UserError | null;
}) {
  const filled = parts.filter((part) => part.label.trim() !== "" || part.value.trim() !== "").length;
  const state = v.moreState(
    [confidential && v.stateConfidential, filled > 0 && v.stateParts(filled), attachment && v.stateAttachment].filter(
      (item): item is string => Boolean(item),
    ),
  );
  const confidentialError = error?.fieldErrors["confidential"];

  return (
    <details id={ids.more} className="complements" open={open} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary>
        {v.more}
        <span className="visually-hidden">{v.moreContext(context)}</span>
        {state && (
          <>
            {" "}
            <span className="complements__state">{state}</span>
          </>
        )}
      </summary>
      <div className="complements__body">
        <div className={confidentialError ? "complement field--invalid" : "complement"}>
          <FieldErrorMessage id={ids.confidential} error={confidentialError} />
          <div className="checkbox">
            <input
              id={ids.confidential}
              form={formId}
              type="checkbox"
              checked={confidential}
              onChange={(event) => onConfidential(event.target.checked)}
              aria-invalid={confidentialError ? true : undefined}
              aria-describedby={
                confidentialError ? `${ids.confidential}-hint ${ids.confidential}-error` : `${ids.confidential}-hint`
              }
            />
            <label htmlFor={ids.confidential}>
              {v.confidential}
              <span className="visually-hidden"> : {context}</span>
            </label>
          </div>
          <FieldHint id={ids.confidential} hint={publicIndicator ? v.confidentialHint : v.confidentialHintNotPublic} />
        </div>
        <BreakdownEditor
          ids={ids}
          formId={formId}
          context={context}
          unit={unit}
          additive={additive}
          total={total}
          parts={parts}
          onChange={onParts}
          error={error}
        />
        <AttachmentField
          ids={ids}
          context={context}
          attachment={attachment}
          onChange={onAttachment}
          error={error?.fieldErrors["attachmentId"]}
        />
      </div>
    </details>
  );
}

/** A read-only line's complements, in words: a tag for confidentiality, the parts, the document. */
export function ComplementsView({ value, context }: { value: ValueRecord | null; context: string }) {
  const items: ReactNode[] = [];
  if (value?.confidential) {
    items.push(
      <p key="confidential">
        <span className="badge badge--muted">{v.confidentialTag}</span>
      </p>,
    );
  }
  if (value?.breakdown && value.breakdown.length > 0) {
    items.push(
      <div key="breakdown" className="complement-read">
        <p className="complement-read__title">{v.breakdownRead}</p>
        <ul className="breakdown-list">
          {value.breakdown.map((part) => (
            <li key={part.label}>{v.part(part.label, formatFigure(part.value, value.unit))}</li>
          ))}
        </ul>
      </div>,
    );
  }
  if (value?.attachment) {
    items.push(
      <p key="attachment" className="attachment">
        {v.attachmentCurrent} <AttachmentLink attachment={value.attachment} context={context} />
      </p>,
    );
  }
  return items.length > 0 ? <>{items}</> : <>{messages.common.emptyCell}</>;
}
