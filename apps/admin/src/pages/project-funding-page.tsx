import { useMutation, useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { DataTable } from "../components/data-table";
import { Detail, Details } from "../components/details";
import { ErrorSummary } from "../components/error-summary";
import { FundingLineForm, lineValues, type FundingLineValues } from "../components/funding-line-form";
import { GrantForm, grantValues, type GrantValues } from "../components/grant-form";
import { GrantPaymentForm, type PaymentValues } from "../components/grant-payment-form";
import { GrantScheduleForm, type InstalmentValues } from "../components/grant-schedule-form";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import { toUserError, type UserError } from "../lib/errors";
import { saveChanges } from "../lib/form";
import { formatDate, formatDateTime } from "../lib/format";
import {
  changeLines,
  changeSubject,
  formatCents,
  formatShare,
  type FundingChange,
  type FundingLine,
  type FundingOverview,
  type Grant,
} from "../lib/funding";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../funding.css";

const t = messages.funding;

/** What the sections acting on the funding get from the page. */
interface Actions {
  projectId: string;
  /** Says what was saved, once the page's data is fresh again. */
  onDone: (message: string) => Promise<void>;
  /** After a CONFLICT: load the current version. */
  onReload: () => void;
}

function SummaryTable({ summary }: { summary: FundingOverview["summary"] }) {
  if (summary.byFunder.length === 0) return <p>{t.summaryEmpty}</p>;
  const figures = (f: FundingOverview["summary"]["total"]) => (
    <>
      <td className="numeric">{formatCents(f.plannedCents)}</td>
      <td className="numeric">{formatCents(f.committedCents)}</td>
      <td className="numeric">{formatCents(f.paidCents)}</td>
      <td className="numeric">{formatCents(f.remainingCents)}</td>
    </>
  );
  return (
    <DataTable
      caption={t.summaryCaption}
      columns={[t.colFunder, t.colPlanned, t.colCommitted, t.colPaid, t.colRemaining]}
    >
      {summary.byFunder.map((funder) => (
        <tr key={funder.funderName}>
          <th scope="row">{funder.funderName}</th>
          {figures(funder)}
        </tr>
      ))}
      <tr className="funding-total">
        <th scope="row">{t.total}</th>
        {figures(summary.total)}
      </tr>
    </DataTable>
  );
}

function LinesTable({
  lines,
  manage,
  onEdit,
}: {
  lines: readonly FundingLine[];
  manage: boolean;
  onEdit: (line: FundingLine) => void;
}) {
  if (lines.length === 0) return <p>{t.linesEmpty}</p>;
  const columns = [t.colFunder, t.colKind, t.colAmount, t.colStatus, t.colNote];
  return (
    <DataTable caption={t.linesCaption} columns={manage ? [...columns, t.colActions] : columns}>
      {lines.map((line) => (
        <tr key={line.id}>
          <th scope="row">{line.funderName}</th>
          <td>{t.funderKind[line.funderKind]}</td>
          <td className="numeric">{formatCents(line.amountCents)}</td>
          <td>{t.status[line.status]}</td>
          <td>{line.note || messages.common.emptyCell}</td>
          {manage && (
            <td>
              <button
                type="button"
                id={`modifier-ligne-${line.id}`}
                className="button button--secondary button--small"
                aria-label={t.editLineLabel(line.funderName)}
                onClick={() => onEdit(line)}
              >
                {t.editLine}
              </button>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  );
}

/** Removes a line at the version the person saw; its own error summary tells of a conflict. */
function RemoveLineForm({ line, projectId, onDone, onReload }: Actions & { line: FundingLine }) {
  const [error, setError] = useState<UserError | null>(null);
  const remove = useMutation(trpc.funding.removeLine.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (remove.isPending) return;
    setError(null);
    remove.mutate(
      { projectId, id: line.id, version: line.version },
      {
        onSuccess: () => void onDone(t.lineRemoved(line.funderName)),
        onError: (err) => setError(toUserError(err)),
      },
    );
  }

  return (
    <form className="form form--inline" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={{}} onReload={onReload} />
      <SubmitButton label={t.removeLine} variant="danger" pending={remove.isPending} pendingLabel={t.removing} />
    </form>
  );
}

/** The edit form of one line, opened from its row. */
function EditLine({ line, onClose, ...actions }: Actions & { line: FundingLine; onClose: () => void }) {
  const [opened] = useState(() => ({ ...lineValues(line), id: line.id, version: line.version }));
  const update = useMutation(trpc.funding.updateLine.mutationOptions());

  async function send(values: FundingLineValues) {
    const saved = await saveChanges(opened, values, (input) =>
      update.mutateAsync({ ...input, projectId: actions.projectId }),
    );
    await actions.onDone(saved ? t.lineSaved(values.funderName) : messages.common.nothingChanged);
  }

  return (
    <section className="funding-edit" aria-labelledby="modifier-ligne">
      <h3 id="modifier-ligne" tabIndex={-1}>
        {t.editLineTitle(line.funderName)}
      </h3>
      <FundingLineForm
        idPrefix={`ligne-${line.id}`}
        initial={opened}
        submitLabel={messages.common.saveChanges}
        onSend={send}
        onReload={actions.onReload}
      >
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t.cancelEdit}
        </button>
      </FundingLineForm>
      <RemoveLineForm line={line} {...actions} />
    </section>
  );
}

function NewLine({ projectId, onDone }: Actions) {
  const create = useMutation(trpc.funding.createLine.mutationOptions());
  async function send(values: FundingLineValues) {
    const line = await create.mutateAsync({ projectId, ...values });
    await onDone(t.lineCreated(line.funderName));
  }
  return (
    <section aria-labelledby="nouvelle-ligne">
      <h3 id="nouvelle-ligne">{t.newLineTitle}</h3>
      <FundingLineForm idPrefix="nouvelle-ligne" submitLabel={t.addLine} onSend={send} resetOnSuccess />
    </section>
  );
}

function FundingPlan({ data, actions }: { data: FundingOverview; actions: Actions }) {
  const [editing, setEditing] = useState<string | null>(null);
  const line = data.lines.find((l) => l.id === editing) ?? null;

  // Only when the person opens it: a form re-created by a reload must leave the focus on the confirmation.
  function open(target: FundingLine) {
    setEditing(target.id);
    requestAnimationFrame(() => document.getElementById("modifier-ligne")?.focus());
  }

  function close() {
    const id = editing;
    setEditing(null);
    // Back to the row's button the form was opened from.
    if (id) requestAnimationFrame(() => document.getElementById(`modifier-ligne-${id}`)?.focus());
  }

  const onDone = async (message: string) => {
    setEditing(null);
    await actions.onDone(message);
  };

  return (
    <section aria-labelledby="plan-financement">
      <h2 id="plan-financement">{t.linesTitle}</h2>
      <LinesTable lines={data.lines} manage={data.permissions.manage} onEdit={open} />
      {data.permissions.manage && line && (
        <EditLine key={`${line.id}-${line.version}`} line={line} onClose={close} {...actions} onDone={onDone} />
      )}
      {data.permissions.manage && <NewLine {...actions} />}
    </section>
  );
}

function GrantFacts({ grant, lines }: { grant: Grant; lines: readonly FundingLine[] }) {
  const f = t.grantFacts;
  const line = lines.find((l) => l.id === grant.fundingLineId);
  return (
    <Details>
      <Detail term={f.funder}>
        {grant.funderName} ({f.siret(grant.funderSiret)})
      </Detail>
      <Detail term={f.beneficiary}>
        {grant.beneficiaryName} ({f.siret(grant.beneficiarySiret)})
      </Detail>
      <Detail term={f.decision}>{f.decisionOn(grant.decisionReference, formatDate(grant.conventionOn))}</Detail>
      <Detail term={f.amount}>{formatCents(grant.amountCents)}</Detail>
      <Detail term={f.paid}>{formatCents(grant.paidCents)}</Detail>
      <Detail term={f.remaining}>{formatCents(grant.remainingCents)}</Detail>
      <Detail term={f.nature}>{t.nature[grant.nature]}</Detail>
      <Detail term={f.paymentTerms}>
        {grant.paymentTerms === "other" && grant.paymentTermsNote
          ? `${t.paymentTerms.other} : ${grant.paymentTermsNote}`
          : t.paymentTerms[grant.paymentTerms]}
      </Detail>
      <Detail term={f.share}>{formatShare(grant.share)}</Detail>
      <Detail term={f.euNotified}>{grant.euNotified ? t.yes : t.no}</Detail>
      {grant.raeId && <Detail term={f.raeId}>{grant.raeId}</Detail>}
      <Detail term={f.fundingLine}>{line ? line.funderName : t.grantForm.fundingLineNone}</Detail>
    </Details>
  );
}

function ScheduleTable({ grant }: { grant: Grant }) {
  if (grant.instalments.length === 0) return <p>{t.scheduleEmpty}</p>;
  return (
    <DataTable caption={t.scheduleCaption(grant.purpose)} columns={[t.colDueOn, t.colLabel, t.colAmount]}>
      {grant.instalments.map((instalment) => (
        <tr key={instalment.id}>
          <th scope="row">{formatDate(instalment.dueOn)}</th>
          <td>{instalment.label || messages.common.emptyCell}</td>
          <td className="numeric">{formatCents(instalment.amountCents)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function PaymentsTable({ grant }: { grant: Grant }) {
  if (grant.payments.length === 0) return <p>{t.paymentsEmpty}</p>;
  return (
    <DataTable
      caption={t.paymentsCaption(grant.purpose)}
      columns={[t.colPaidOn, t.colAmount, t.colReference, t.colRecordedBy]}
    >
      {grant.payments.map((payment) => (
        <tr key={payment.id}>
          <th scope="row">{formatDate(payment.paidOn)}</th>
          <td className="numeric">{formatCents(payment.amountCents)}</td>
          <td>{payment.reference || messages.common.emptyCell}</td>
          <td>{payment.recordedByName ?? messages.common.emptyCell}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** One grant: its facts, schedule and payments; for officers, a payment, the schedule and the grant's own edit. */
function GrantCard({ grant, data, actions }: { grant: Grant; data: FundingOverview; actions: Actions }) {
  const headingId = `subvention-${grant.id}`;
  const addPayment = useMutation(trpc.funding.addPayment.mutationOptions());
  const setSchedule = useMutation(trpc.funding.setSchedule.mutationOptions());
  const updateGrant = useMutation(trpc.funding.updateGrant.mutationOptions());
  const [opened] = useState(() => ({ ...grantValues(grant), id: grant.id, version: grant.version }));

  async function pay(values: PaymentValues) {
    const outcome = await addPayment.mutateAsync({ projectId: actions.projectId, grantId: grant.id, ...values });
    await actions.onDone(
      t.paymentRecorded(formatCents(outcome.payment.amountCents), formatCents(outcome.remainingCents)),
    );
  }

  async function schedule(instalments: InstalmentValues[]) {
    await setSchedule.mutateAsync({
      projectId: actions.projectId,
      grantId: grant.id,
      version: grant.version,
      instalments,
    });
    await actions.onDone(t.scheduleSaved(grant.purpose));
  }

  async function edit(values: GrantValues) {
    const saved = await saveChanges(opened, values, (input) =>
      updateGrant.mutateAsync({ ...input, projectId: actions.projectId }),
    );
    await actions.onDone(saved ? t.grantSaved(values.purpose) : messages.common.nothingChanged);
  }

  return (
    <section className="funding-grant" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.grantHeading(grant.funderName, grant.purpose)}</h3>
      <GrantFacts grant={grant} lines={data.lines} />
      <ScheduleTable grant={grant} />
      <PaymentsTable grant={grant} />
      {data.permissions.manage && (
        <>
          <h4 id={`${headingId}-versement`}>{t.paymentTitle}</h4>
          <GrantPaymentForm
            idPrefix={`versement-${grant.id}`}
            remaining={formatCents(grant.remainingCents)}
            onSend={pay}
          />
          <details className="funding-disclosure">
            <summary>{t.scheduleTitle}</summary>
            <GrantScheduleForm
              idPrefix={`echeancier-${grant.id}`}
              grant={grant}
              onSend={schedule}
              onReload={actions.onReload}
            />
          </details>
          <details className="funding-disclosure">
            <summary>{t.editGrantTitle}</summary>
            <GrantForm
              idPrefix={`modifier-subvention-${grant.id}`}
              initial={opened}
              lines={data.lines}
              submitLabel={messages.common.saveChanges}
              onSend={edit}
              onReload={actions.onReload}
            />
          </details>
        </>
      )}
    </section>
  );
}

function NewGrant({ data, actions }: { data: FundingOverview; actions: Actions }) {
  const create = useMutation(trpc.funding.createGrant.mutationOptions());
  async function send(values: GrantValues) {
    const grant = await create.mutateAsync({ projectId: actions.projectId, ...values });
    await actions.onDone(t.grantCreated(grant.purpose));
  }
  return (
    <section aria-labelledby="nouvelle-subvention">
      <h3 id="nouvelle-subvention">{t.newGrantTitle}</h3>
      <GrantForm
        idPrefix="nouvelle-subvention"
        lines={data.lines}
        submitLabel={t.addGrant}
        onSend={send}
        resetOnSuccess
      />
    </section>
  );
}

function HistoryTable({ history, data }: { history: readonly FundingChange[]; data: FundingOverview }) {
  if (history.length === 0) return <p>{t.historyEmpty}</p>;
  return (
    <DataTable caption={t.historyCaption} columns={[t.colWhen, t.colWho, t.colWhat, t.colChange]}>
      {history.map((change) => (
        <tr key={change.id}>
          <th scope="row">{formatDateTime(change.createdAt)}</th>
          <td>{change.actorName ?? t.unknownActor}</td>
          <td>{changeSubject(change, data)}</td>
          <td>
            {t.action[change.action] ?? change.action}
            <ul className="funding-changes">
              {changeLines(change, data).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function FundingContent({
  data,
  history,
  actions,
}: {
  data: FundingOverview;
  history: UseQueryResult<FundingChange[], unknown>;
  actions: Actions;
}) {
  const { project, permissions } = data;
  const scdl = `programmeId=${encodeURIComponent(project.programmeId)}`;
  return (
    <>
      <p>
        <Link to={`/projets/${project.id}`}>{t.backToProject(project.title)}</Link>
      </p>
      <p className="lead">{t.intro(project.communeName, project.programmeName)}</p>
      {!permissions.manage && <p>{t.readOnly}</p>}

      <section aria-labelledby="synthese">
        <h2 id="synthese">{t.summaryTitle}</h2>
        <SummaryTable summary={data.summary} />
      </section>

      <FundingPlan data={data} actions={actions} />

      <section aria-labelledby="subventions">
        <h2 id="subventions">{t.grantsTitle}</h2>
        {data.grants.length === 0 && <p>{t.grantsEmpty}</p>}
        {data.grants.map((grant) => (
          <GrantCard key={`${grant.id}-${grant.version}`} grant={grant} data={data} actions={actions} />
        ))}
        {permissions.manage && <NewGrant data={data} actions={actions} />}
      </section>

      {permissions.exportScdl && (
        <section aria-labelledby="donnees-ouvertes">
          <h2 id="donnees-ouvertes">{t.exportTitle}</h2>
          <p>{t.exportIntro(project.programmeName)}</p>
          <ul className="link-list">
            <li>
              <a href={`/api/grants.scdl.csv?${scdl}`} download>
                {t.exportCsv(project.programmeName)}
              </a>
            </li>
            <li>
              <a href={`/api/grants.scdl.json?${scdl}`} download>
                {t.exportJson(project.programmeName)}
              </a>
            </li>
          </ul>
        </section>
      )}

      <section aria-labelledby="historique">
        <h2 id="historique">{t.historyTitle}</h2>
        <QueryBoundary query={history}>{(changes) => <HistoryTable history={changes} data={data} />}</QueryBoundary>
      </section>
    </>
  );
}

export function ProjectFundingPage() {
  const { id = "" } = useParams();
  const overview = useQuery(trpc.funding.overview.queryOptions({ projectId: id }));
  const history = useQuery(trpc.funding.history.queryOptions({ projectId: id }));
  const done = useVersionedConfirmation(() => overview.refetch());
  const title = overview.data ? t.title(overview.data.project.title) : t.fallbackTitle;

  const actions: Actions = {
    projectId: id,
    onDone: async (message) => {
      await queryClient.invalidateQueries(trpc.funding.pathFilter());
      done.show(message);
    },
    onReload: done.reload,
  };

  return (
    <>
      <PageHeading title={title} ready={!overview.isPending} />
      <StatusMessage {...done.props} />
      <QueryBoundary query={overview}>
        {(data) => <FundingContent data={data} history={history} actions={actions} />}
      </QueryBoundary>
    </>
  );
}
