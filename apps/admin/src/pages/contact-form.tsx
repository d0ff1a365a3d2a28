import { legalBasisLabels } from "@cvv/domain/labels";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "../components/error-summary";
import { DateField, Options, SelectField, TextAreaField, TextField } from "../components/form-field";
import { SubmitButton } from "../components/submit-button";
import type { Outputs } from "../lib/api-types";
import { bindFields, clientErrors, fieldMessage, formFields, useSending } from "../lib/form";
import { messages } from "../messages.fr";

const t = messages.contacts.form;

export type Contact = Outputs["contacts"]["get"];
export type LegalBasis = Contact["legalBasis"];
export const legalBases = Object.keys(legalBasisLabels) as LegalBasis[];

export interface ContactTexts {
  organisationId: string;
  firstName: string;
  lastName: string;
  jobTitle: string;
  email: string;
  phone: string;
  legalBasis: string;
  lastContactAt: string;
  notes: string;
}
export interface ContactValues extends ContactTexts {
  consent: boolean;
}

const emptyContact: ContactValues = {
  organisationId: "",
  firstName: "",
  lastName: "",
  jobTitle: "",
  email: "",
  phone: "",
  legalBasis: "public_task",
  lastContactAt: "",
  notes: "",
  consent: false,
};

export function toContactValues(c: Contact): ContactValues {
  return {
    organisationId: c.organisationId ?? "",
    firstName: c.firstName,
    lastName: c.lastName,
    jobTitle: c.jobTitle,
    email: c.email ?? "",
    phone: c.phone,
    legalBasis: c.legalBasis,
    lastContactAt: c.lastContactAt,
    notes: c.notes,
    consent: c.consentAt !== null,
  };
}

/** The form's values as the API takes them: no partner as null, an empty date left out (today). */
export function toContactInput(values: Partial<ContactValues>) {
  const { organisationId, legalBasis, lastContactAt, ...rest } = values;
  return {
    ...rest,
    ...(organisationId === undefined ? {} : { organisationId: organisationId || null }),
    ...(legalBasis === undefined ? {} : { legalBasis: legalBasis as LegalBasis }),
    ...(lastContactAt ? { lastContactAt } : {}),
  };
}

/** The information notice the person must be given: shown above the form that records them. */
export function ContactNotice({ headingId }: { headingId: string }) {
  const c = messages.contacts;
  return (
    <aside className="notice" aria-labelledby={headingId}>
      <h3 id={headingId}>{c.noticeTitle}</h3>
      <p>{c.noticeIntro}</p>
      <blockquote>
        {c.notice.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </blockquote>
    </aside>
  );
}

/**
 * A contact's fields. The consent box appears when consent is the legal basis: the server refuses
 * that basis without it, and dates it. The server checks the rest and names the field in French.
 */
export function ContactForm({
  idPrefix,
  initial,
  partners,
  submitLabel,
  onSend,
  onReload,
}: {
  idPrefix: string;
  initial?: ContactValues | undefined;
  partners: readonly { id: string; name: string }[];
  submitLabel: string;
  onSend: (values: ContactValues) => Promise<void>;
  onReload?: (() => void) | undefined;
}) {
  const [inputs, setInputs] = useState<ContactTexts>(() => {
    const { consent: _consent, ...texts } = initial ?? emptyContact;
    return texts;
  });
  const [consent, setConsent] = useState(initial?.consent ?? false);
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    organisationId: t.organisationId,
    firstName: t.firstName,
    lastName: t.lastName,
    jobTitle: t.jobTitle,
    email: t.email,
    phone: t.phone,
    legalBasis: t.legalBasis,
    consent: t.consent,
    lastContactAt: t.lastContactAt,
    notes: t.notes,
  });
  const field = bindFields(
    inputs as unknown as Record<keyof ContactTexts, string>,
    setInputs as never,
    id as (name: keyof ContactTexts) => string,
    error,
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({
      firstName: inputs.firstName.trim() === "" && messages.errors.required,
      lastName: inputs.lastName.trim() === "" && messages.errors.required,
    });
    void send("send", found, async () => {
      await onSend({ ...inputs, consent });
      if (!initial) {
        setInputs({ ...emptyContact, organisationId: inputs.organisationId });
        setConsent(false);
      }
    });
  }

  const consentError = fieldMessage(error, "consent");
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <SelectField label={t.organisationId} {...field("organisationId")}>
        <option value="">{t.organisationNone}</option>
        {partners.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <div className="field-row">
        <TextField label={t.firstName} required autoComplete="off" {...field("firstName")} />
        <TextField label={t.lastName} required autoComplete="off" {...field("lastName")} />
      </div>
      <TextField label={t.jobTitle} autoComplete="off" {...field("jobTitle")} />
      <div className="field-row">
        <TextField label={t.email} type="email" autoComplete="off" spellCheck={false} {...field("email")} />
        <TextField label={t.phone} type="tel" autoComplete="off" {...field("phone")} />
      </div>
      <SelectField label={t.legalBasis} hint={t.legalBasisHint} required {...field("legalBasis")}>
        <Options values={legalBases} labels={legalBasisLabels} />
      </SelectField>
      {inputs.legalBasis === "consent" && (
        <div className={consentError ? "field field--invalid" : "field"}>
          <p id={`${id("consent")}-hint`} className="field-hint">
            {t.consentHint}
          </p>
          {consentError && (
            <p id={`${id("consent")}-error`} className="field-error">
              {consentError}
            </p>
          )}
          <div className="checkbox">
            <input
              id={id("consent")}
              type="checkbox"
              checked={consent}
              onChange={(event) => setConsent(event.target.checked)}
              aria-invalid={consentError ? true : undefined}
              aria-describedby={[`${id("consent")}-hint`, consentError ? `${id("consent")}-error` : ""]
                .join(" ")
                .trim()}
            />
            <label htmlFor={id("consent")}>{t.consent}</label>
          </div>
        </div>
      )}
      <DateField label={t.lastContactAt} hint={t.lastContactAtHint} {...field("lastContactAt")} />
      <TextAreaField label={t.notes} hint={t.notesHint} rows={3} {...field("notes")} />
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
