import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "../components/error-summary";
import { Options, SelectField, TextAreaField, TextField } from "../components/form-field";
import { SubmitButton } from "../components/submit-button";
import type { Outputs } from "../lib/api-types";
import { communeLabel } from "../lib/communes";
import type { UserError } from "../lib/errors";
import { bindFields, clientErrors, formFields, parseWholeNumber, useSending } from "../lib/form";
import { fromDateTimeInput, toDateTimeInput } from "../lib/governance";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";

const t = messages.events;
const f = t.form;

export const eventKinds = ["site_visit", "workshop", "meeting", "meetup", "assises", "fair"] as const;
export const eventStatuses = ["draft", "published", "cancelled"] as const;
export type EventKind = (typeof eventKinds)[number];
export type AdminEvent = Outputs["events"]["get"];

/** What the API takes from the form; the same shape for a new event and an edit. */
export interface EventValues {
  kind: EventKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  address: string;
  communeInseeCode: string | null;
  programmeId: string | null;
  capacity: number | null;
  summary: string;
  description: string;
}

type Field =
  | "kind"
  | "title"
  | "startsAt"
  | "endsAt"
  | "place"
  | "address"
  | "communeInseeCode"
  | "programmeId"
  | "capacity"
  | "summary"
  | "description";

const labels: Record<Field, string> = {
  kind: f.kind,
  title: f.title,
  startsAt: f.startsAt,
  endsAt: f.endsAt,
  place: f.place,
  address: f.address,
  communeInseeCode: f.commune,
  programmeId: f.programme,
  capacity: f.capacity,
  summary: f.summary,
  description: f.description,
};

export function eventInputs(event: AdminEvent | null): Record<Field, string> {
  return {
    kind: event?.kind ?? "workshop",
    title: event?.title ?? "",
    startsAt: event ? toDateTimeInput(event.startsAt) : "",
    endsAt: event ? toDateTimeInput(event.endsAt) : "",
    place: event?.place ?? "",
    address: event?.address ?? "",
    communeInseeCode: event?.communeInseeCode ?? "",
    programmeId: event?.programmeId ?? "",
    capacity: event?.capacity === null || event?.capacity === undefined ? "" : String(event.capacity),
    summary: event?.summary ?? "",
    description: event?.description ?? "",
  };
}

/** The form's texts as the API takes them, or the errors found before sending. */
function toValues(inputs: Record<Field, string>): { values: EventValues | null; error: UserError | null } {
  const startsAt = fromDateTimeInput(inputs.startsAt);
  const endsAt = fromDateTimeInput(inputs.endsAt);
  const capacity = parseWholeNumber(inputs.capacity);
  const error = clientErrors({
    title: inputs.title.trim() === "" && f.required,
    startsAt: startsAt === null && f.required,
    endsAt: endsAt === null && f.required,
    capacity: (Number.isNaN(capacity) || capacity === 0) && f.capacityInvalid,
  });
  if (error || !startsAt || !endsAt) return { values: null, error };
  return {
    error: null,
    values: {
      kind: inputs.kind as EventKind,
      title: inputs.title.trim(),
      startsAt,
      endsAt,
      place: inputs.place.trim(),
      address: inputs.address.trim(),
      communeInseeCode: inputs.communeInseeCode || null,
      programmeId: inputs.programmeId || null,
      capacity,
      summary: inputs.summary.trim(),
      description: inputs.description,
    },
  };
}

/** Creates or edits an event: the page decides what sending does (`onSend`). */
export function EventForm({
  idPrefix,
  event,
  submitLabel,
  onSend,
  onReload,
}: {
  idPrefix: string;
  event: AdminEvent | null;
  submitLabel: string;
  onSend: (values: EventValues) => Promise<void>;
  onReload?: () => void;
}) {
  const fields = formFields(idPrefix, labels);
  const [inputs, setInputs] = useState(eventInputs(event));
  const { error, pending, send } = useSending();
  const field = bindFields(inputs, setInputs, fields.id, error);
  const communes = useQuery(trpc.communes.list.queryOptions(undefined, { staleTime: Infinity }));
  const programmes = useQuery(trpc.programmes.list.queryOptions());

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const { values, error: found } = toValues(inputs);
    void send("send", found, async () => {
      if (values) await onSend(values);
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={fields.summary} onReload={onReload} />
      <TextField label={f.title} required maxLength={200} {...field("title")} />
      <SelectField label={f.kind} required {...field("kind")}>
        <Options values={eventKinds} labels={t.kinds} />
      </SelectField>
      <div className="field-row">
        <TextField
          type="datetime-local"
          label={f.startsAt}
          hint={f.startsAtHint}
          required
          className="input input--date"
          {...field("startsAt")}
        />
        <TextField type="datetime-local" label={f.endsAt} required className="input input--date" {...field("endsAt")} />
      </div>
      <TextField label={f.place} hint={f.placeHint} {...field("place")} />
      <TextField label={f.address} autoComplete="off" {...field("address")} />
      <div className="field-row">
        <SelectField label={f.commune} {...field("communeInseeCode")}>
          <option value="">{f.noCommune}</option>
          {(communes.data ?? []).map((c) => (
            <option key={c.inseeCode} value={c.inseeCode}>
              {communeLabel(c)}
            </option>
          ))}
        </SelectField>
        <SelectField label={f.programme} {...field("programmeId")}>
          <option value="">{f.noProgramme}</option>
          {(programmes.data ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label={f.capacity} hint={f.capacityHint} inputMode="numeric" {...field("capacity")} />
      <TextAreaField label={f.summary} rows={3} maxLength={500} {...field("summary")} />
      <TextAreaField label={f.description} hint={f.descriptionHint} rows={8} {...field("description")} />
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending === "send"} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
