import { organisationKindLabels } from "@cvv/domain/labels";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "../components/error-summary";
import { Options, SelectField, TextAreaField, TextField } from "../components/form-field";
import { SubmitButton } from "../components/submit-button";
import type { Outputs } from "../lib/api-types";
import { bindFields, clientErrors, formFields, useSending } from "../lib/form";
import { messages } from "../messages.fr";

const t = messages.partners.form;

export type PartnerKind = Outputs["partners"]["get"]["kind"];
export const partnerKinds = Object.keys(organisationKindLabels) as PartnerKind[];

/** What the form holds: texts as typed; themes as one comma-separated text. */
export interface PartnerValues {
  name: string;
  kind: string;
  siren: string;
  siret: string;
  rna: string;
  themes: string;
  website: string;
  email: string;
  phone: string;
  address: string;
  communeInseeCode: string;
  notes: string;
}

export const emptyPartner: PartnerValues = {
  name: "",
  kind: "association",
  siren: "",
  siret: "",
  rna: "",
  themes: "",
  website: "",
  email: "",
  phone: "",
  address: "",
  communeInseeCode: "",
  notes: "",
};

export function toPartnerValues(p: Outputs["partners"]["get"]): PartnerValues {
  return {
    name: p.name,
    kind: p.kind,
    siren: p.siren ?? "",
    siret: p.siret ?? "",
    rna: p.rna ?? "",
    themes: p.themes.join(", "),
    website: p.website,
    email: p.email,
    phone: p.phone,
    address: p.address,
    communeInseeCode: p.communeInseeCode ?? "",
    notes: p.notes,
  };
}

/** The form's texts as the API takes them: a list of themes, no commune as null. */
export function toPartnerInput(values: Partial<PartnerValues>) {
  const { themes, communeInseeCode, kind, ...rest } = values;
  return {
    ...rest,
    ...(kind === undefined ? {} : { kind: kind as PartnerKind }),
    ...(themes === undefined ? {} : { themes: themes.split(",").map((theme) => theme.trim()) }),
    ...(communeInseeCode === undefined ? {} : { communeInseeCode: communeInseeCode.trim() || null }),
  };
}

/**
 * A partner's fields, to add or edit one. The server checks the numbers (SIREN and SIRET keys,
 * RNA format) and its French messages land on the fields; only the name is checked here.
 */
export function PartnerForm({
  idPrefix,
  initial,
  submitLabel,
  onSend,
  onReload,
}: {
  idPrefix: string;
  initial?: PartnerValues | undefined;
  submitLabel: string;
  onSend: (values: PartnerValues) => Promise<void>;
  onReload?: (() => void) | undefined;
}) {
  const [inputs, setInputs] = useState<PartnerValues>(initial ?? emptyPartner);
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    name: t.name,
    kind: t.kind,
    siren: t.siren,
    siret: t.siret,
    rna: t.rna,
    themes: t.themes,
    website: t.website,
    email: t.email,
    phone: t.phone,
    address: t.address,
    communeInseeCode: t.communeInseeCode,
    notes: t.notes,
  });
  const field = bindFields<keyof PartnerValues>(
    inputs as unknown as Record<keyof PartnerValues, string>,
    setInputs as never,
    id,
    error,
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({ name: inputs.name.trim() === "" && messages.errors.required });
    void send("send", found, async () => {
      await onSend({ ...inputs, name: inputs.name.trim() });
      if (!initial) setInputs(emptyPartner);
    });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <TextField label={t.name} required autoComplete="organization" {...field("name")} />
      <SelectField label={t.kind} required {...field("kind")}>
        <Options values={partnerKinds} labels={organisationKindLabels} />
      </SelectField>
      <div className="field-row">
        <TextField
          label={t.siren}
          hint={t.sirenHint}
          inputMode="numeric"
          autoComplete="off"
          className="input input--short"
          {...field("siren")}
        />
        <TextField
          label={t.siret}
          hint={t.siretHint}
          inputMode="numeric"
          autoComplete="off"
          className="input input--short"
          {...field("siret")}
        />
        <TextField label={t.rna} hint={t.rnaHint} autoComplete="off" className="input input--short" {...field("rna")} />
      </div>
      <TextField label={t.themes} hint={t.themesHint} autoComplete="off" {...field("themes")} />
      <div className="field-row">
        <TextField label={t.website} type="url" autoComplete="off" spellCheck={false} {...field("website")} />
        <TextField label={t.email} type="email" autoComplete="off" spellCheck={false} {...field("email")} />
        <TextField label={t.phone} type="tel" autoComplete="off" {...field("phone")} />
      </div>
      <div className="field-row">
        <TextField label={t.address} autoComplete="off" {...field("address")} />
        <TextField
          label={t.communeInseeCode}
          hint={t.communeInseeCodeHint}
          autoComplete="off"
          className="input input--short"
          {...field("communeInseeCode")}
        />
      </div>
      <TextAreaField label={t.notes} rows={3} {...field("notes")} />
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}
