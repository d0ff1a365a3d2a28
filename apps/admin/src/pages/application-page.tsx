import { centsToDecimal, euroAmountLabel } from "@cvv/domain/labels";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import {
  ApplicationForm,
  changedApplicationFields,
  type ApplicationValues,
  type Intent,
} from "../components/application-form";
import { Detail, Details } from "../components/details";
import { ErrorSummary } from "../components/error-summary";
import { DateField, TextAreaField, TextField } from "../components/form-field";
import { DocumentsSection } from "../components/documents-section";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusBadge } from "../components/status-badge";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { IntentButtons, SubmitButton } from "../components/submit-button";
import { themeList } from "../components/theme-picker";
import type { Outputs } from "../lib/api-types";
import {
  bindFields,
  clientErrors,
  fieldMessage,
  formFields,
  optionalDate,
  parseWholeNumber,
  submitterValue,
  useSending,
} from "../lib/form";
import { formatDate, formatDateTime, formatPeriod } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.applications;
type ApplicationDetail = Outputs["applications"]["get"];
type Contract = NonNullable<ApplicationDetail["contract"]>;
type HistoryEntry = Outputs["applications"]["history"][number];

/** What the forms acting on the application get from the page: they are keyed by its version there. */
interface ActionProps {
  application: ApplicationDetail;
  onDone: (message: string) => void;
  onReload: () => void;
}

/** After any step: the application, its list, and the projects a contract may have opened. */
async function refresh(): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries(trpc.applications.pathFilter()),
    queryClient.invalidateQueries(trpc.projects.pathFilter()),
  ]);
}

/** Today in the browser's calendar, as a date field holds it. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

function ApplicationDetails({ application }: { application: ApplicationDetail }) {
  const contact = [application.contactName, application.contactEmail].filter(Boolean).join(", ");
  return (
    <Details>
      <Detail term={t.commune}>{application.communeName}</Detail>
      <Detail term={t.edition}>{t.editionLabel(application.editionName, application.programmeName)}</Detail>
      <Detail term={t.statusTerm}>
        <StatusBadge kind="application" status={application.status} />
      </Detail>
      <Detail term={t.windowTerm}>{formatPeriod(application.edition.opensOn, application.edition.closesOn)}</Detail>
      {application.submittedAt && (
        <Detail term={t.submittedAt}>
          {formatDateTime(application.submittedAt)}
          {application.submittedByName && ` (${application.submittedByName})`}
        </Detail>
      )}
      <Detail term={t.summary} prose>
        {application.summary || messages.common.notSet}
      </Detail>
      <Detail term={t.motivation} prose>
        {application.motivation || messages.common.notSet}
      </Detail>
      <Detail term={t.themesTerm}>{themeList(application.themes, t.noThemes)}</Detail>
      <Detail term={t.perimeterTerm}>{application.perimeter || messages.common.notSet}</Detail>
      <Detail term={t.estimatedBudgetTerm}>
        {application.estimatedBudgetCents === null
          ? messages.common.notSet
          : euroAmountLabel(application.estimatedBudgetCents)}
      </Detail>
      <Detail term={t.contact}>{contact || messages.common.notSet}</Detail>
      {application.eligibilityNote && (
        <Detail term={t.eligibilityNote} prose>
          {application.eligibilityNote}
        </Detail>
      )}
      {application.decidedOn && <Detail term={t.decidedOn}>{formatDate(application.decidedOn)}</Detail>}
      {application.decisionNote && (
        <Detail term={t.decisionNote} prose>
          {application.decisionNote}
        </Detail>
      )}
      {application.projectId && (
        <Detail term={t.project}>
          <Link to={`/projets/${application.projectId}`}>
            {t.projectLink(application.projectTitle ?? application.title)}
          </Link>
        </Detail>
      )}
    </Details>
  );
}

function valuesOf(application: ApplicationDetail): ApplicationValues {
  return {
    title: application.title,
    summary: application.summary,
    motivation: application.motivation,
    themes: application.themes,
    perimeter: application.perimeter,
    estimatedBudget:
      application.estimatedBudgetCents === null ? "" : centsToDecimal(application.estimatedBudgetCents, ","),
    contactName: application.contactName,
    contactEmail: application.contactEmail,
  };
}

/** Keyed by the application's version: after any save, the form restarts from what was stored. */
function EditDraftForm({ application, onDone, onReload }: ActionProps) {
  // The version the person started from, and its values: what the save is checked against and compared with.
  const [opened] = useState(() => ({ version: application.version, values: valuesOf(application) }));
  const update = useMutation(trpc.applications.update.mutationOptions());

  async function send(values: ApplicationValues, intent: Intent) {
    const changes = changedApplicationFields(opened.values, values);
    const submit = intent === "submit";
    if (!submit && Object.keys(changes).length === 0) {
      onDone(messages.common.nothingChanged);
      return;
    }
    await update.mutateAsync({ id: application.id, version: opened.version, ...changes, submit });
    onDone(submit ? t.submittedNow : t.saved);
    await refresh();
  }

  return (
    <section aria-labelledby="modifier-candidature">
      <h2 id="modifier-candidature">{t.editTitle}</h2>
      <ApplicationForm
        idPrefix="modifier-candidature"
        initial={opened.values}
        saveLabel={t.form.save}
        submitLabel={t.form.saveAndSubmit}
        onSend={send}
        onReload={onReload}
      />
    </section>
  );
}

function WithdrawForm({ application, onDone, onReload }: ActionProps) {
  const [version] = useState(application.version);
  const { error, pending, send } = useSending();
  const withdraw = useMutation(trpc.applications.withdraw.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send("send", null, async () => {
      await withdraw.mutateAsync({ id: application.id, version });
      onDone(t.withdrawn);
      await refresh();
    });
  }

  return (
    <section aria-labelledby="retirer">
      <h2 id="retirer">{t.withdrawTitle}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={{}} onReload={onReload} />
        <p>{t.withdrawIntro}</p>
        <div className="form-actions">
          <SubmitButton
            label={t.withdraw}
            variant="danger"
            pending={pending !== null}
            pendingLabel={messages.common.sending}
          />
        </div>
      </form>
    </section>
  );
}

const eligibilityFields = formFields("recevabilite", { note: t.note });

function EligibilityForm({ application, onDone, onReload }: ActionProps) {
  const [note, setNote] = useState("");
  const [version] = useState(application.version);
  const { error, pending, send } = useSending<"eligible" | "ineligible">();
  const assess = useMutation(trpc.applications.assessEligibility.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const eligible = submitterValue(event) !== "ineligible";
    const found = clientErrors({ note: !eligible && note.trim() === "" && t.noteRequired });
    void send(eligible ? "eligible" : "ineligible", found, async () => {
      await assess.mutateAsync({ id: application.id, version, eligible, note: note.trim() });
      onDone(eligible ? t.foundEligible : t.foundIneligible);
      await refresh();
    });
  }

  return (
    <section aria-labelledby="recevabilite">
      <h2 id="recevabilite">{t.eligibilityTitle}</h2>
      <p>{t.eligibilityIntro}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={eligibilityFields.summary} onReload={onReload} />
        <TextAreaField
          id={eligibilityFields.id("note")}
          label={t.note}
          hint={t.noteHint}
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={fieldMessage(error, "note")}
        />
        <IntentButtons
          name="eligibility"
          pending={pending}
          intents={[
            { value: "eligible", label: t.eligible, pendingLabel: messages.common.saving },
            { value: "ineligible", label: t.ineligible, pendingLabel: messages.common.saving, variant: "secondary" },
          ]}
        />
      </form>
    </section>
  );
}

const decisionFields = formFields("decision", { decidedOn: t.decisionDate, note: t.decisionNoteLabel });

function DecisionForm({ application, onDone, onReload }: ActionProps) {
  const [inputs, setInputs] = useState({ decidedOn: today(), note: "" });
  const [version] = useState(application.version);
  const { error, pending, send } = useSending<"select" | "reject">();
  const decide = useMutation(trpc.applications.decide.mutationOptions());
  const field = bindFields(inputs, setInputs, decisionFields.id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const selected = submitterValue(event) !== "reject";
    const found = clientErrors({
      decidedOn: inputs.decidedOn === "" && messages.errors.required,
      note: inputs.note.trim() === "" && t.decisionNoteRequired,
    });
    void send(selected ? "select" : "reject", found, async () => {
      await decide.mutateAsync({
        id: application.id,
        version,
        selected,
        note: inputs.note.trim(),
        decidedOn: inputs.decidedOn,
      });
      onDone(selected ? t.decidedSelected : t.decidedRejected);
      await refresh();
    });
  }

  return (
    <section aria-labelledby="decision">
      <h2 id="decision">{t.decisionTitle}</h2>
      <p>{t.decisionIntro}</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={decisionFields.summary} onReload={onReload} />
        <DateField label={t.decisionDate} required {...field("decidedOn")} />
        <TextAreaField label={t.decisionNoteLabel} required rows={4} {...field("note")} />
        <IntentButtons
          name="decision"
          pending={pending}
          intents={[
            { value: "select", label: t.select, pendingLabel: messages.common.saving },
            { value: "reject", label: t.reject, pendingLabel: messages.common.saving, variant: "secondary" },
          ]}
        />
      </form>
    </section>
  );
}

type ContractInputs = Record<"reference" | "parties" | "signedOn" | "amount" | "durationMonths" | "startsOn", string>;

function contractInputs(contract: Contract): ContractInputs {
  return {
    reference: contract.reference,
    parties: contract.parties,
    signedOn: contract.signedOn ?? "",
    amount: centsToDecimal(contract.amountCents, ","),
    durationMonths: String(contract.durationMonths),
    startsOn: contract.startsOn ?? "",
  };
}

/**
 * The contract's fields, the same to record it (which opens the project) and to correct it.
 * `onSend` gets only what the API takes; a correction is compared with what was opened there.
 */
function ContractForm({
  idPrefix,
  initial,
  submitLabel,
  onSend,
  onReload,
}: {
  idPrefix: string;
  initial: ContractInputs;
  submitLabel: string;
  onSend: (values: {
    reference: string;
    parties: string;
    signedOn: string;
    amount: string;
    durationMonths: number;
    startsOn: string | null;
  }) => Promise<void>;
  onReload: () => void;
}) {
  const [inputs, setInputs] = useState(initial);
  const { error, pending, send } = useSending();
  const { id, summary } = formFields(idPrefix, {
    reference: t.reference,
    parties: t.parties,
    signedOn: t.signedOn,
    amount: t.amount,
    durationMonths: t.durationMonths,
    startsOn: t.startsOn,
  });
  const field = bindFields(inputs, setInputs, id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const months = parseWholeNumber(inputs.durationMonths);
    const required = (name: keyof ContractInputs) => inputs[name].trim() === "" && messages.errors.required;
    const found = clientErrors({
      reference: required("reference"),
      parties: required("parties"),
      signedOn: required("signedOn"),
      amount: required("amount"),
      durationMonths: required("durationMonths") || (Number.isNaN(months) && t.durationInvalid),
    });
    void send("send", found, () =>
      onSend({
        reference: inputs.reference.trim(),
        parties: inputs.parties.trim(),
        signedOn: inputs.signedOn,
        amount: inputs.amount.trim(),
        durationMonths: months ?? 0,
        startsOn: optionalDate(inputs.startsOn),
      }),
    );
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <TextField label={t.reference} hint={t.referenceHint} required {...field("reference")} />
      <TextField label={t.parties} hint={t.partiesHint} required {...field("parties")} />
      <div className="field-row">
        <DateField label={t.signedOn} required {...field("signedOn")} />
        <DateField label={t.startsOn} hint={t.startsOnHint} {...field("startsOn")} />
      </div>
      <div className="field-row">
        <TextField
          label={t.amount}
          hint={t.amountHint}
          required
          inputMode="decimal"
          className="input input--short"
          {...field("amount")}
        />
        <TextField
          label={t.durationMonths}
          required
          inputMode="numeric"
          className="input input--short"
          {...field("durationMonths")}
        />
      </div>
      <div className="form-actions">
        <SubmitButton label={submitLabel} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}

function NewContract({ application, onDone, onReload }: ActionProps) {
  const create = useMutation(trpc.applications.createContract.mutationOptions());
  return (
    <section aria-labelledby="contrat">
      <h2 id="contrat">{t.contractTitle}</h2>
      <p>{t.contractIntro}</p>
      <ContractForm
        idPrefix="contrat"
        initial={{
          reference: "",
          parties: t.partiesDefault(application.communeName),
          signedOn: "",
          amount: "",
          durationMonths: "",
          startsOn: "",
        }}
        submitLabel={t.contractSubmit}
        onReload={onReload}
        onSend={async (values) => {
          const opened = await create.mutateAsync({ applicationId: application.id, ...values });
          onDone(t.contractCreated(opened.project.title));
          await refresh();
        }}
      />
    </section>
  );
}

function ContractDetails({ contract }: { contract: Contract }) {
  return (
    <Details>
      <Detail term={t.reference}>{contract.reference}</Detail>
      <Detail term={t.parties}>{contract.parties}</Detail>
      <Detail term={t.signedOn}>{formatDate(contract.signedOn)}</Detail>
      <Detail term={t.amountTerm}>{euroAmountLabel(contract.amountCents)}</Detail>
      <Detail term={t.durationMonths}>{t.duration(contract.durationMonths)}</Detail>
      <Detail term={t.startsOn}>{formatDate(contract.startsOn ?? contract.signedOn)}</Detail>
    </Details>
  );
}

/** Keyed by the contract's version: after a correction, the form restarts from what was stored. */
function EditContract({ contract, onDone, onReload }: { contract: Contract } & Omit<ActionProps, "application">) {
  const [opened] = useState(() => ({ version: contract.version, inputs: contractInputs(contract) }));
  const update = useMutation(trpc.applications.updateContract.mutationOptions());
  return (
    <section aria-labelledby="corriger-contrat">
      <h3 id="corriger-contrat">{t.contractEditTitle}</h3>
      <ContractForm
        idPrefix="corriger-contrat"
        initial={opened.inputs}
        submitLabel={messages.common.saveChanges}
        onReload={onReload}
        onSend={async (values) => {
          const before = opened.inputs;
          // Only what the person changed: a correction never writes back what it did not touch.
          const changes = {
            ...(values.reference !== before.reference ? { reference: values.reference } : {}),
            ...(values.parties !== before.parties ? { parties: values.parties } : {}),
            ...(values.signedOn !== before.signedOn ? { signedOn: values.signedOn } : {}),
            ...(values.amount !== before.amount ? { amount: values.amount } : {}),
            ...(String(values.durationMonths) !== before.durationMonths
              ? { durationMonths: values.durationMonths }
              : {}),
            ...((values.startsOn ?? "") !== before.startsOn ? { startsOn: values.startsOn } : {}),
          };
          if (Object.keys(changes).length === 0) {
            onDone(messages.common.nothingChanged);
            return;
          }
          await update.mutateAsync({ id: contract.id, version: opened.version, ...changes });
          onDone(t.contractSaved);
          await refresh();
        }}
      />
    </section>
  );
}

function changeText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "") return t.nothing;
  switch (field) {
    case "status":
      return t.status[value as ApplicationDetail["status"]] ?? String(value);
    case "themes":
      return Array.isArray(value) ? themeList(value as ApplicationDetail["themes"], t.nothing) : String(value);
    case "estimatedBudgetCents":
    case "amountCents":
      return euroAmountLabel(String(value));
    case "decidedOn":
    case "signedOn":
    case "startsOn":
      return formatDate(String(value));
    case "durationMonths":
      return t.duration(Number(value));
    case "projectId":
      return t.projectOpened;
    default:
      return String(value);
  }
}

function History({ id }: { id: string }) {
  const history = useQuery(trpc.applications.history.queryOptions({ id }));
  return (
    <section aria-labelledby="historique">
      <h2 id="historique">{t.history}</h2>
      <QueryBoundary query={history}>
        {(entries: HistoryEntry[]) =>
          entries.length === 0 ? (
            <p>{t.historyEmpty}</p>
          ) : (
            <ol className="trail">
              {entries.map((entry) => {
                const actions = entry.entity === "contract" ? t.contractActions : t.historyActions;
                return (
                  <li key={entry.id} className="trail__item">
                    <p className="trail__what">
                      {t.historyBy(
                        actions[entry.action] ?? entry.action,
                        entry.actorName ?? t.unknownActor,
                        formatDateTime(entry.createdAt),
                      )}
                    </p>
                    {Object.keys(entry.changes).length > 0 && (
                      <ul>
                        {Object.entries(entry.changes).map(([field, [before, after]]) => (
                          <li key={field}>
                            {t.change(
                              t.historyFields[field] ?? field,
                              changeText(field, before),
                              changeText(field, after),
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ol>
          )
        }
      </QueryBoundary>
    </section>
  );
}

export function ApplicationPage() {
  const { id = "" } = useParams();
  const application = useQuery(trpc.applications.get.queryOptions({ id }));
  const done = useVersionedConfirmation(() => application.refetch());

  return (
    <>
      <PageHeading title={application.data?.title ?? t.fallbackTitle} ready={!application.isPending} />
      <p>
        <Link to="/candidatures">{t.title}</Link>
      </p>
      <StatusMessage {...done.props} />
      <QueryBoundary query={application}>
        {(data) => {
          const props = { application: data, onDone: done.show, onReload: done.reload };
          return (
            <>
              <section aria-labelledby="dossier">
                <h2 id="dossier">{t.details}</h2>
                <ApplicationDetails application={data} />
              </section>
              {data.actions.edit && <EditDraftForm key={data.version} {...props} />}
              {data.actions.withdraw && <WithdrawForm key={data.version} {...props} />}
              {data.actions.assessEligibility && <EligibilityForm key={data.version} {...props} />}
              {data.actions.decide && <DecisionForm key={data.version} {...props} />}
              {data.actions.createContract && <NewContract key={data.version} {...props} />}
              {data.contract && (
                <section aria-labelledby="contrat-signe">
                  <h2 id="contrat-signe">{t.contractTitle}</h2>
                  <ContractDetails contract={data.contract} />
                  {data.actions.updateContract && (
                    <EditContract
                      key={data.contract.version}
                      contract={data.contract}
                      onDone={done.show}
                      onReload={done.reload}
                    />
                  )}
                </section>
              )}
              {/* The server decides who may add a file (document.write on the commune); the section asks it. */}
              <DocumentsSection entity="application" entityId={data.id} canWrite />
              <History key={data.version} id={data.id} />
            </>
          );
        }}
      </QueryBoundary>
    </>
  );
}
