import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import {
  AssignmentForm,
  assignmentValues,
  changedAssignment,
  type AssignmentValues,
} from "../components/assignment-form";
import { useCurrentUser } from "../components/current-user";
import { ConfirmRemoval } from "../components/confirm-removal";
import { DataTable } from "../components/data-table";
import { Detail, Details } from "../components/details";
import { SelectField } from "../components/form-field";
import { IndicatorForm, type IndicatorValues } from "../components/indicator-form";
import { PageHeading } from "../components/page-heading";
import { Loading, QueryBoundary, QueryError } from "../components/query-state";
import {
  StatusMessage,
  useConfirmation,
  useVersionedConfirmation,
  type Confirmation,
} from "../components/status-message";
import { communeLabel } from "../lib/communes";
import type { UserError } from "../lib/errors";
import { fieldMessage, saveChanges } from "../lib/form";
import { formatDate, formatDateTime, formatFigure, formatIndicatorPeriod } from "../lib/format";
import { isComputed, type Assignment, type Indicator, type IndicatorDetail } from "../lib/indicators";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../indicators.css";

const t = messages.indicators;

function assignmentTitle(assignment: Assignment): string {
  return assignment.projectTitle
    ? t.projectLevel(assignment.projectTitle, assignment.programmeName)
    : t.programmeLevel(assignment.programmeName);
}

/** Codes read by a formula, or formulas reading this indicator, as links to their indicators. */
function CodeLinks({ codes, library }: { codes: readonly string[]; library: readonly Indicator[] }) {
  return (
    <ul className="link-list">
      {codes.map((code) => {
        const target = library.find((indicator) => indicator.code === code);
        return (
          <li key={code}>
            {target ? (
              <Link to={`/indicateurs/${target.id}`}>
                {target.name} (<code className="code">{code}</code>)
              </Link>
            ) : (
              t.missingCode(code)
            )}
          </li>
        );
      })}
    </ul>
  );
}

function IndicatorSheet({ detail, library }: { detail: IndicatorDetail; library: readonly Indicator[] }) {
  const { indicator } = detail;
  const f = t.form;
  return (
    <Details>
      <Detail term={f.code}>
        <code className="code">{indicator.code}</code>
      </Detail>
      <Detail term={f.name}>{indicator.name}</Detail>
      <Detail term={f.definition} prose>
        {indicator.definition || messages.common.notSet}
      </Detail>
      <Detail term={f.unit}>{indicator.unit}</Detail>
      <Detail term={f.kind}>{t.kind[indicator.kind]}</Detail>
      <Detail term={f.direction}>{t.direction[indicator.direction]}</Detail>
      <Detail term={f.frequency}>{t.frequency[indicator.frequency]}</Detail>
      <Detail term={f.aggregation}>{t.aggregation[indicator.aggregation]}</Detail>
      <Detail term={t.mode}>{isComputed(indicator) ? t.computed : t.collected}</Detail>
      {isComputed(indicator) && (
        <>
          <Detail term={f.formula}>
            <code className="code">{indicator.formula}</code>
          </Detail>
          <Detail term={t.references}>
            <CodeLinks codes={detail.references} library={library} />
          </Detail>
        </>
      )}
      <Detail term={t.usedBy}>
        {detail.usedBy.length === 0 ? t.usedByNone : <CodeLinks codes={detail.usedBy} library={library} />}
      </Detail>
      <Detail term={f.method} prose>
        {indicator.method || messages.common.notSet}
      </Detail>
      <Detail term={f.source}>{indicator.source || messages.common.notSet}</Detail>
      <Detail term={f.publicByDefault}>{indicator.publicByDefault ? t.yes : t.no}</Detail>
      <Detail term={t.valueCount}>{detail.valueCount.toLocaleString("fr-FR")}</Detail>
      <Detail term={t.updatedAt}>{formatDateTime(indicator.updatedAt)}</Detail>
    </Details>
  );
}

/** Keyed by the indicator's version by its parent: after any save, the form restarts from what was stored. */
function EditIndicatorForm({
  indicator,
  onDone,
  onReload,
}: {
  indicator: Indicator;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  // The version the person started from, and its values: what the save is checked against and compared with.
  const [opened] = useState(indicator);
  const update = useMutation(trpc.indicators.update.mutationOptions());

  async function send(values: IndicatorValues) {
    const saved = await saveChanges(opened, values, update.mutateAsync);
    onDone(saved ? t.saved : messages.common.nothingChanged);
    if (saved) await queryClient.invalidateQueries(trpc.indicators.pathFilter());
  }

  return (
    <IndicatorForm
      idPrefix="modifier-indicateur"
      initial={opened}
      submitLabel={messages.common.saveChanges}
      onSend={send}
      onReload={onReload}
    />
  );
}

/** A follow-up as read by those who cannot change it. */
function AssignmentSummary({ assignment, unit }: { assignment: Assignment; unit: string }) {
  return (
    <>
      <Details>
        <Detail term={t.baseline}>
          {assignment.baselineValue === null
            ? messages.common.notSet
            : assignment.baselineDate
              ? t.baselineOn(formatFigure(assignment.baselineValue, unit), formatDate(assignment.baselineDate))
              : formatFigure(assignment.baselineValue, unit)}
        </Detail>
        <Detail term={t.alertThreshold}>
          {assignment.alertThreshold === null ? messages.common.notSet : formatFigure(assignment.alertThreshold, unit)}
        </Detail>
      </Details>
      {assignment.targets.length === 0 ? (
        <p>{t.targetsEmpty}</p>
      ) : (
        <DataTable caption={t.targetsCaptionFor(assignmentTitle(assignment))} columns={[t.colPeriod, t.colTarget]}>
          {assignment.targets.map((target) => (
            <tr key={target.period}>
              <th scope="row">{formatIndicatorPeriod(target.period)}</th>
              <td className="numeric">{formatFigure(target.value, unit)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}

/** Removing a follow-up takes two presses: the first says what goes, the second does it. */
function RemoveAssignment({ assignment, onDone }: { assignment: Assignment; onDone: (message: string) => void }) {
  const remove = useMutation(trpc.indicators.removeAssignment.mutationOptions());
  return (
    <ConfirmRemoval
      id={`retrait-${assignment.id}`}
      className="remove-assignment"
      labels={{
        ask: t.remove,
        warning: t.removeWarning,
        confirm: t.removeConfirm,
        pending: t.removing,
        cancel: t.removeCancel,
      }}
      onConfirm={async () => {
        await remove.mutateAsync({ id: assignment.id, version: assignment.version });
        onDone(t.removed(assignmentTitle(assignment)));
        await Promise.all([
          queryClient.invalidateQueries(trpc.indicators.get.queryFilter({ id: assignment.indicatorId })),
          queryClient.invalidateQueries(trpc.figures.pathFilter()),
        ]);
      }}
    />
  );
}

/** Keyed by the follow-up's version: after any save, the form restarts from what was stored. */
function EditAssignment({
  assignment,
  indicator,
  onDone,
  onReload,
}: {
  assignment: Assignment;
  indicator: Indicator;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const [opened] = useState(assignment);
  const update = useMutation(trpc.indicators.updateAssignment.mutationOptions());

  async function send(values: AssignmentValues) {
    const changes = changedAssignment(assignmentValues(opened), values);
    if (Object.keys(changes).length === 0) {
      onDone(messages.common.nothingChanged);
      return;
    }
    await update.mutateAsync({ id: opened.id, version: opened.version, ...changes });
    onDone(t.assignmentSaved(assignmentTitle(opened)));
    await Promise.all([
      queryClient.invalidateQueries(trpc.indicators.get.queryFilter({ id: indicator.id })),
      queryClient.invalidateQueries(trpc.figures.pathFilter()),
    ]);
  }

  return (
    <AssignmentForm
      idPrefix={`suivi-${opened.id}`}
      frequency={indicator.frequency}
      direction={indicator.direction}
      initial={assignmentValues(opened)}
      submitLabel={t.saveAssignment}
      onSend={send}
      onReload={onReload}
    />
  );
}

const newPrefix = "nouveau-suivi";

function NewAssignment({ indicator }: { indicator: Indicator }) {
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const [programmeId, setProgrammeId] = useState("");
  const [projectId, setProjectId] = useState("");
  const projects = useQuery(trpc.projects.list.queryOptions({ programmeId }, { enabled: programmeId !== "" }));
  // A new key empties the form after a follow-up is added; the confirmation then takes the focus.
  const [formKey, setFormKey] = useState(0);
  const done = useConfirmation();
  const assign = useMutation(trpc.indicators.assign.mutationOptions());

  async function send(values: AssignmentValues) {
    const assignment = await assign.mutateAsync({
      indicatorId: indicator.id,
      programmeId,
      projectId: projectId === "" ? null : projectId,
      ...values,
    });
    setProgrammeId("");
    setProjectId("");
    setFormKey((key) => key + 1);
    done.show(t.assigned(assignmentTitle(assignment)));
    await Promise.all([
      queryClient.invalidateQueries(trpc.indicators.get.queryFilter({ id: indicator.id })),
      queryClient.invalidateQueries(trpc.indicators.list.queryFilter()),
      queryClient.invalidateQueries(trpc.figures.pathFilter()),
    ]);
  }

  function leading(error: UserError | null) {
    return (
      <>
        <SelectField
          id={`${newPrefix}-programmeId`}
          label={t.programme}
          required
          value={programmeId}
          onChange={(e) => {
            setProgrammeId(e.target.value);
            setProjectId("");
          }}
          error={fieldMessage(error, "programmeId")}
        >
          <option value="">{t.programmeChoose}</option>
          {(programmes.data ?? []).map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name}
            </option>
          ))}
        </SelectField>
        {programmeId !== "" && projects.isPending && <Loading label={t.projectsLoading} />}
        {programmeId !== "" && projects.isError && (
          <QueryError error={projects.error} onRetry={() => void projects.refetch()} />
        )}
        {programmeId !== "" && projects.data && (
          <SelectField
            id={`${newPrefix}-projectId`}
            label={t.project}
            hint={t.projectHint}
            value={projectId}
            onChange={(e) => setProjectId(e.target.value)}
            error={fieldMessage(error, "projectId")}
          >
            <option value="">{t.projectNone}</option>
            {projects.data.map((project) => (
              <option key={project.id} value={project.id}>
                {project.title} – {communeLabel({ name: project.communeName, departement: project.departement })}
              </option>
            ))}
          </SelectField>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="ajouter-suivi">
      <h3 id="ajouter-suivi">{t.newAssignment}</h3>
      <StatusMessage {...done.props} />
      {programmes.isError && <QueryError error={programmes.error} onRetry={() => void programmes.refetch()} />}
      <AssignmentForm
        key={formKey}
        idPrefix={newPrefix}
        frequency={indicator.frequency}
        direction={indicator.direction}
        submitLabel={t.assignSubmit}
        leading={leading}
        leadingFields={{
          programmeId: { id: `${newPrefix}-programmeId`, label: t.programme },
          projectId: { id: `${newPrefix}-projectId`, label: t.project },
        }}
        checkLeading={() => ({ programmeId: programmeId === "" && messages.errors.required })}
        onSend={send}
      />
    </section>
  );
}

function Assignments({
  detail,
  staff,
  done,
  onReload,
}: {
  detail: IndicatorDetail;
  staff: boolean;
  done: Confirmation;
  onReload: () => void;
}) {
  const { indicator, assignments } = detail;
  return (
    <section aria-labelledby="suivis">
      <h2 id="suivis">{t.assignments}</h2>
      <p>{t.assignmentsIntro}</p>
      {assignments.length === 0 && <p>{t.assignmentsEmpty}</p>}
      {assignments.map((assignment) => (
        <section key={assignment.id} className="assignment" aria-labelledby={`titre-suivi-${assignment.id}`}>
          <h3 id={`titre-suivi-${assignment.id}`}>{assignmentTitle(assignment)}</h3>
          {staff ? (
            <>
              <EditAssignment
                key={assignment.version}
                assignment={assignment}
                indicator={indicator}
                onDone={done.show}
                onReload={onReload}
              />
              <RemoveAssignment assignment={assignment} onDone={done.show} />
            </>
          ) : (
            <AssignmentSummary assignment={assignment} unit={indicator.unit} />
          )}
        </section>
      ))}
      {staff && <NewAssignment indicator={indicator} />}
    </section>
  );
}

function IndicatorView({ id }: { id: string }) {
  const user = useCurrentUser();
  const staff = isStaff(user);
  const detail = useQuery(trpc.indicators.get.queryOptions({ id }));
  const library = useQuery(trpc.indicators.list.queryOptions());
  const done = useVersionedConfirmation(() => detail.refetch());

  return (
    <>
      <PageHeading title={detail.data?.indicator.name ?? t.fallbackTitle} ready={!detail.isPending} />
      <p>
        <Link to="/indicateurs">{t.backToLibrary}</Link>
      </p>
      <StatusMessage {...done.props} />
      <QueryBoundary query={detail}>
        {(data) => (
          <>
            <section aria-labelledby="fiche">
              <h2 id="fiche">{t.sheet}</h2>
              <IndicatorSheet detail={data} library={library.data ?? []} />
            </section>
            {staff && (
              <section aria-labelledby="modifier-indicateur">
                <h2 id="modifier-indicateur">{t.editTitle}</h2>
                <EditIndicatorForm
                  key={data.indicator.version}
                  indicator={data.indicator}
                  onDone={done.show}
                  onReload={done.reload}
                />
              </section>
            )}
            <Assignments detail={data} staff={staff} done={done} onReload={done.reload} />
          </>
        )}
      </QueryBoundary>
    </>
  );
}

/** An indicator's sheet, its edit form and its follow-ups. Keyed by the id: another indicator starts afresh. */
export function IndicatorPage() {
  const { id = "" } = useParams();
  return <IndicatorView key={id} id={id} />;
}
