import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { DataTable } from "../components/data-table";
import { Detail, Details } from "../components/details";
import { ErrorSummary, type SummaryField } from "../components/error-summary";
import { DateField, FieldErrorMessage, Options, SelectField, TextAreaField, TextField } from "../components/form-field";
import { DocumentsSection } from "../components/documents-section";
import { PageHeading } from "../components/page-heading";
import { RecordHistory } from "../components/record-history";
import { QueryBoundary } from "../components/query-state";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import type { ProjectListItem } from "../lib/api-types";
import { toUserError, type UserError } from "../lib/errors";
import { bindFields, clientErrors, fieldMessage, formFields, saveChanges, useSending } from "../lib/form";
import { formatDate, formatDateTime } from "../lib/format";
import {
  fromDateTimeInput,
  toDateTimeInput,
  type ActionItem,
  type ActionItemStatus,
  type AttendanceStatus,
  type MeetingDetail,
  type MeetingStatus,
} from "../lib/governance";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../governance.css";

const g = messages.governance;
const t = g.meeting;
const meetingStatuses = Object.keys(g.meetingStatus) as MeetingStatus[];
const attendanceStatuses = Object.keys(g.attendanceStatus) as AttendanceStatus[];
const actionStatuses = Object.keys(g.actionStatus) as ActionItemStatus[];

/** What the forms acting on the meeting get from the page: they are keyed by its version there. */
interface MeetingFormProps {
  meeting: MeetingDetail;
  onDone: (message: string) => void;
  onReload: () => void;
}

const refresh = () => queryClient.invalidateQueries(trpc.governance.pathFilter());

function attendanceSummary(statuses: readonly AttendanceStatus[]): string {
  const count = (status: AttendanceStatus) => statuses.filter((s) => s === status).length;
  return t.attendanceCount(count("present"), count("excused"), count("absent"));
}

function MeetingDetails({ meeting }: { meeting: MeetingDetail }) {
  return (
    <Details>
      <Detail term={t.body}>
        <Link to={`/instances/${meeting.body.id}`}>{meeting.body.name}</Link>
      </Detail>
      <Detail term={t.startsAt}>{formatDateTime(meeting.startsAt)}</Detail>
      <Detail term={t.place}>{meeting.place || messages.common.notSet}</Detail>
      <Detail term={t.status}>{g.meetingStatus[meeting.status]}</Detail>
    </Details>
  );
}

/** Why attendance, minutes and decisions cannot be written yet, in words. */
function NotYet({ meeting }: { meeting: MeetingDetail }) {
  return (
    <p className="muted">{meeting.status === "cancelled" ? t.cancelled : t.notYet(formatDateTime(meeting.startsAt))}</p>
  );
}

const editFields = formFields("modifier-reunion", {
  title: t.title,
  startsAt: t.startsAt,
  place: t.place,
  status: t.status,
  agenda: t.agenda,
  minutes: t.minutes,
});

/** Keyed by the meeting's version by its parent: after any save, the form restarts from what was stored. */
function EditMeetingForm({ meeting, onDone, onReload }: MeetingFormProps) {
  // The version the person started from, as the form shows it: what the save is compared with.
  const [opened] = useState(() => ({
    id: meeting.id,
    version: meeting.version,
    title: meeting.title,
    startsAt: fromDateTimeInput(toDateTimeInput(meeting.startsAt)) ?? meeting.startsAt,
    place: meeting.place,
    status: meeting.status,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
  }));
  const [inputs, setInputs] = useState({
    title: meeting.title,
    startsAt: toDateTimeInput(meeting.startsAt),
    place: meeting.place,
    status: meeting.status as string,
    agenda: meeting.agenda,
    minutes: meeting.minutes,
  });
  const update = useMutation(trpc.governance.updateMeeting.mutationOptions());
  const { error, pending, send } = useSending();
  const field = bindFields(inputs, setInputs, editFields.id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const startsAt = fromDateTimeInput(inputs.startsAt);
    const found = clientErrors({
      title: inputs.title.trim() === "" && messages.errors.required,
      startsAt: startsAt === null && messages.errors.required,
    });
    void send("send", found, async () => {
      const values = {
        title: inputs.title.trim(),
        startsAt: startsAt!,
        place: inputs.place.trim(),
        status: inputs.status as MeetingStatus,
        agenda: inputs.agenda.trim(),
        minutes: inputs.minutes.trim(),
      };
      const saved = await saveChanges(opened, values, update.mutateAsync);
      onDone(saved ? t.saved : messages.common.nothingChanged);
      if (saved) await refresh();
    });
  }

  return (
    <form className="form governance-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={editFields.summary} onReload={onReload} />
      <TextField label={t.title} required {...field("title")} />
      <div className="field-row">
        <TextField
          type="datetime-local"
          label={t.startsAt}
          required
          className="input input--date"
          {...field("startsAt")}
        />
        <SelectField label={t.status} required {...field("status")}>
          <Options values={meetingStatuses} labels={g.meetingStatus} />
        </SelectField>
      </div>
      <TextField label={t.place} {...field("place")} />
      <TextAreaField label={t.agenda} hint={t.agendaHint} rows={5} {...field("agenda")} />
      {meeting.outcomeRecordable ? (
        <TextAreaField label={t.minutes} hint={t.minutesHint} rows={10} {...field("minutes")} />
      ) : (
        <NotYet meeting={meeting} />
      )}
      <div className="form-actions">
        <SubmitButton
          label={messages.common.saveChanges}
          pending={pending !== null}
          pendingLabel={messages.common.saving}
        />
      </div>
    </form>
  );
}

const radioId = (memberId: string, status: AttendanceStatus) => `presence-${memberId}-${status}`;

/** One group of radio buttons per member; keyed by the meeting's version by its parent. */
function AttendanceForm({ meeting, onDone, onReload }: MeetingFormProps) {
  const [statuses, setStatuses] = useState<Record<string, AttendanceStatus>>(() =>
    Object.fromEntries(meeting.attendance.map((a) => [a.memberId, a.status])),
  );
  const record = useMutation(trpc.governance.recordAttendance.mutationOptions());
  const { error, pending, send } = useSending();
  // Members in the page's order; the API numbers the lines it was sent, that is the answered ones.
  const answered = meeting.members.filter((m) => statuses[m.id] !== undefined);
  const summary: Record<string, SummaryField> = {};
  answered.forEach((member, i) => {
    summary[`attendance.${i}.memberId`] = {
      id: radioId(member.id, statuses[member.id]!),
      label: g.memberLabel(member.name, member.organisation),
    };
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const attendance = answered.map((m) => ({ memberId: m.id, status: statuses[m.id]! }));
    void send("send", null, async () => {
      await record.mutateAsync({ meetingId: meeting.id, version: meeting.version, attendance });
      onDone(t.attendanceSaved(attendanceSummary(attendance.map((a) => a.status))));
      await refresh();
    });
  }

  if (meeting.members.length === 0) return <p>{t.attendanceNoMembers}</p>;
  return (
    <form className="form governance-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <p>{t.attendanceIntro}</p>
      {meeting.members.map((member) => {
        const index = answered.indexOf(member);
        const message = index < 0 ? undefined : fieldMessage(error, `attendance.${index}`);
        const errorId = `presence-${member.id}`;
        return (
          <fieldset
            key={member.id}
            className={message ? "attendance-member field--invalid" : "attendance-member"}
            aria-describedby={message ? `${errorId}-error` : undefined}
          >
            <legend className="attendance-member__legend">{g.memberLabel(member.name, member.organisation)}</legend>
            <FieldErrorMessage id={errorId} error={message} />
            <div className="choice-row">
              {attendanceStatuses.map((status) => (
                <div key={status} className="checkbox">
                  <input
                    type="radio"
                    id={radioId(member.id, status)}
                    name={`presence-${member.id}`}
                    value={status}
                    checked={statuses[member.id] === status}
                    onChange={() => setStatuses((current) => ({ ...current, [member.id]: status }))}
                  />
                  <label htmlFor={radioId(member.id, status)}>{g.attendanceStatus[status]}</label>
                </div>
              ))}
            </div>
          </fieldset>
        );
      })}
      <div className="form-actions">
        <SubmitButton label={t.attendanceSubmit} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}

function ProjectOptions({ projects }: { projects: readonly ProjectListItem[] }) {
  return (
    <>
      <option value="">{t.projectNone}</option>
      {projects.map((project) => (
        <option key={project.id} value={project.id}>
          {project.title} ({project.communeName})
        </option>
      ))}
    </>
  );
}

function DecisionsList({ meeting }: { meeting: MeetingDetail }) {
  if (meeting.decisions.length === 0) return <p>{t.decisionsEmpty}</p>;
  return (
    <ol className="decision-list">
      {meeting.decisions.map((decision) => (
        <li key={decision.id}>
          {decision.text}
          {decision.projectId && (
            <>
              {" "}
              (<Link to={`/projets/${decision.projectId}`}>{decision.projectTitle}</Link>)
            </>
          )}
        </li>
      ))}
    </ol>
  );
}

interface DecisionRow {
  key: number;
  text: string;
  projectId: string;
}

let nextRowKey = 0;
const newRow = (text = "", projectId = ""): DecisionRow => ({ key: nextRowKey++, text, projectId });

/**
 * The meeting's decisions as an editable list: a row is added or removed with a button, the
 * focus goes to the new row (or, after a removal, to the next one) and a live region says so.
 */
function DecisionsForm({ meeting, projects, onDone, onReload }: MeetingFormProps & { projects: ProjectListItem[] }) {
  const [rows, setRows] = useState<DecisionRow[]>(() =>
    meeting.decisions.map((d) => newRow(d.text, d.projectId ?? "")),
  );
  const [announcement, setAnnouncement] = useState("");
  const focusAfterRender = useRef<string | null>(null);
  const save = useMutation(trpc.governance.setDecisions.mutationOptions());
  const { error, pending, send } = useSending();
  const addId = "decisions-ajouter";
  const textId = (row: DecisionRow) => `decision-${row.key}-texte`;
  const projectId = (row: DecisionRow) => `decision-${row.key}-projet`;

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  }, [rows]);

  function addRow() {
    const row = newRow();
    focusAfterRender.current = textId(row);
    setRows((current) => [...current, row]);
    setAnnouncement(t.decisionAdded(rows.length + 1));
  }

  function removeRow(index: number) {
    const next = rows[index + 1] ?? null;
    focusAfterRender.current = next ? textId(next) : addId;
    setRows((current) => current.filter((_, i) => i !== index));
    setAnnouncement(t.decisionRemoved(index + 1));
  }

  const update = (key: number, change: Partial<DecisionRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const summary: Record<string, SummaryField> = {};
  rows.forEach((row, i) => {
    summary[`decisions.${i}.text`] = { id: textId(row), label: t.decisionText(i + 1) };
    summary[`decisions.${i}.projectId`] = { id: projectId(row), label: t.decisionProject(i + 1) };
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checks: Record<string, string | false> = {};
    rows.forEach((row, i) => (checks[`decisions.${i}.text`] = row.text.trim() === "" && messages.errors.required));
    const decisions = rows.map((row) => ({ text: row.text.trim(), projectId: row.projectId || null }));
    void send("send", clientErrors(checks), async () => {
      await save.mutateAsync({ meetingId: meeting.id, version: meeting.version, decisions });
      onDone(t.decisionsSaved(decisions.length));
      await refresh();
    });
  }

  return (
    <form className="form governance-form" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} fields={summary} onReload={onReload} />
      <p>{t.decisionsIntro}</p>
      {rows.map((row, index) => (
        <div key={row.key} className="decision-row">
          <TextAreaField
            id={textId(row)}
            label={t.decisionText(index + 1)}
            required
            rows={2}
            value={row.text}
            onChange={(e) => update(row.key, { text: e.target.value })}
            error={fieldMessage(error, `decisions.${index}.text`)}
          />
          <SelectField
            id={projectId(row)}
            label={t.decisionProject(index + 1)}
            value={row.projectId}
            onChange={(e) => update(row.key, { projectId: e.target.value })}
            error={fieldMessage(error, `decisions.${index}.projectId`)}
          >
            <ProjectOptions projects={projects} />
          </SelectField>
          <button type="button" className="button button--secondary button--small" onClick={() => removeRow(index)}>
            {t.removeDecision}
            <span className="visually-hidden">{t.removeDecisionContext(index + 1)}</span>
          </button>
        </div>
      ))}
      <button id={addId} type="button" className="button button--secondary" onClick={addRow}>
        {t.addDecision}
      </button>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div className="form-actions">
        <SubmitButton label={t.decisionsSubmit} pending={pending !== null} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}

/** An action item's status, changed from its row; keyed by the item's version by its parent. */
function ActionStatusForm({
  item,
  onDone,
  onReload,
}: {
  item: ActionItem;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const [status, setStatus] = useState<string>(item.status);
  const [error, setError] = useState<UserError | null>(null);
  const update = useMutation(trpc.governance.updateActionItem.mutationOptions());
  const selectId = `action-${item.id}-statut`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    setError(null);
    if (status === item.status) {
      onDone(messages.common.nothingChanged);
      return;
    }
    update.mutate(
      { id: item.id, version: item.version, status: status as ActionItemStatus },
      {
        onSuccess: async (saved) => {
          onDone(t.statusSaved(saved.title, g.actionStatus[saved.status]));
          await refresh();
        },
        onError: (err) => setError(toUserError(err)),
      },
    );
  }

  return (
    <form className="inline-form" noValidate onSubmit={onSubmit}>
      <label htmlFor={selectId} className="visually-hidden">
        {t.statusOf(item.title)}
      </label>
      <select
        id={selectId}
        className="input select"
        value={status}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${selectId}-error` : undefined}
        onChange={(e) => setStatus(e.target.value)}
      >
        <Options values={actionStatuses} labels={g.actionStatus} />
      </select>
      <SubmitButton
        variant="secondary"
        className="button button--secondary button--small"
        label={t.statusSave}
        pending={update.isPending}
        pendingLabel={messages.common.saving}
        aria-label={`${t.statusSave}${t.statusSaveContext(item.title)}`}
      />
      {error && (
        <div id={`${selectId}-error`} role="alert" className="field-error">
          <p>{error.message}</p>
          {error.code === "CONFLICT" && (
            <button type="button" className="button button--secondary button--small" onClick={onReload}>
              {messages.errors.conflictReload}
            </button>
          )}
        </div>
      )}
    </form>
  );
}

function ActionItemsTable({ meeting, onDone, onReload }: MeetingFormProps) {
  if (meeting.actionItems.length === 0) return <p>{t.actionItemsEmpty}</p>;
  return (
    <DataTable
      caption={t.actionItemsCaption(meeting.actionItems.length)}
      columns={[t.colAction, t.colOwner, t.colDue, t.colProject, t.colStatus]}
    >
      {meeting.actionItems.map((item) => (
        <tr key={item.id}>
          <th scope="row">{item.title}</th>
          <td>{item.owner}</td>
          <td>
            {formatDate(item.dueOn)}
            {item.overdue && <span className="overdue">{g.overdue(item.daysOverdue)}</span>}
          </td>
          <td>
            {item.projectId ? (
              <Link to={`/projets/${item.projectId}`}>{item.projectTitle}</Link>
            ) : (
              messages.common.emptyCell
            )}
          </td>
          <td>
            <ActionStatusForm key={item.version} item={item} onDone={onDone} onReload={onReload} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

const actionFields = formFields("nouvelle-action", {
  title: t.actionTitle,
  owner: t.actionOwner,
  dueOn: t.actionDueOn,
  projectId: t.actionProject,
});

function NewActionItemForm({ meeting, projects }: { meeting: MeetingDetail; projects: ProjectListItem[] }) {
  const empty = { title: "", owner: "", dueOn: "", projectId: "" };
  const [inputs, setInputs] = useState(empty);
  const [done, setDone] = useState<string | null>(null);
  const create = useMutation(trpc.governance.createActionItem.mutationOptions());
  const { error, pending, send } = useSending();
  const field = bindFields(inputs, setInputs, actionFields.id, error);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const found = clientErrors({
      title: inputs.title.trim() === "" && messages.errors.required,
      owner: inputs.owner.trim() === "" && messages.errors.required,
      dueOn: inputs.dueOn === "" && messages.errors.required,
    });
    void send("send", found, async () => {
      const item = await create.mutateAsync({
        meetingId: meeting.id,
        title: inputs.title.trim(),
        owner: inputs.owner.trim(),
        dueOn: inputs.dueOn,
        projectId: inputs.projectId || null,
      });
      setInputs(empty);
      setDone(t.actionCreated(item.title));
      await refresh();
    });
  }

  return (
    <section aria-labelledby="nouvelle-action">
      <h3 id="nouvelle-action">{t.newActionItem}</h3>
      <StatusMessage message={done} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={actionFields.summary} />
        <TextField label={t.actionTitle} required {...field("title")} />
        <TextField label={t.actionOwner} hint={t.actionOwnerHint} required {...field("owner")} />
        <DateField label={t.actionDueOn} required {...field("dueOn")} />
        <SelectField label={t.actionProject} hint={t.actionProjectHint} {...field("projectId")}>
          <ProjectOptions projects={projects} />
        </SelectField>
        <div className="form-actions">
          <SubmitButton label={t.actionSubmit} pending={pending !== null} pendingLabel={messages.common.saving} />
        </div>
      </form>
    </section>
  );
}

function MeetingContent({ meeting, onDone, onReload }: MeetingFormProps) {
  const projects = useQuery(trpc.projects.list.queryOptions({ programmeId: meeting.body.programmeId }));
  const forms = { meeting, onDone, onReload };
  return (
    <>
      <section aria-labelledby="informations">
        <h2 id="informations">{t.details}</h2>
        <MeetingDetails meeting={meeting} />
      </section>
      <section aria-labelledby="ordre-du-jour">
        <h2 id="ordre-du-jour">{t.agenda}</h2>
        {meeting.agenda ? <p className="prose">{meeting.agenda}</p> : <p>{t.agendaEmpty}</p>}
      </section>
      <section aria-labelledby="presences">
        <h2 id="presences">{t.attendance}</h2>
        <p>
          {meeting.attendance.length === 0
            ? t.attendanceNone
            : attendanceSummary(meeting.attendance.map((a) => a.status))}
        </p>
        {meeting.outcomeRecordable ? <AttendanceForm key={meeting.version} {...forms} /> : <NotYet meeting={meeting} />}
      </section>
      <section aria-labelledby="compte-rendu">
        <h2 id="compte-rendu">{t.minutes}</h2>
        {meeting.minutes ? <p className="prose">{meeting.minutes}</p> : <p>{t.minutesEmpty}</p>}
      </section>
      <section aria-labelledby="decisions">
        <h2 id="decisions">{t.decisions}</h2>
        <DecisionsList meeting={meeting} />
        {meeting.outcomeRecordable && (
          <section aria-labelledby="saisir-decisions">
            <h3 id="saisir-decisions">{t.decisionsFormTitle}</h3>
            <DecisionsForm key={meeting.version} {...forms} projects={projects.data ?? []} />
          </section>
        )}
      </section>
      <section aria-labelledby="actions">
        <h2 id="actions">{t.actionItems}</h2>
        <ActionItemsTable {...forms} />
        <NewActionItemForm meeting={meeting} projects={projects.data ?? []} />
      </section>
      <section aria-labelledby="modifier-reunion">
        <h2 id="modifier-reunion">{t.editTitle}</h2>
        <EditMeetingForm key={meeting.version} {...forms} />
      </section>
    </>
  );
}

export function MeetingPage() {
  const { id = "" } = useParams();
  const meeting = useQuery(trpc.governance.meeting.queryOptions({ id }));
  const done = useVersionedConfirmation(() => meeting.refetch());

  return (
    <>
      <PageHeading title={meeting.data?.title ?? t.fallbackTitle} ready={!meeting.isPending} />
      {meeting.data && (
        <p>
          <Link to={`/instances/${meeting.data.body.id}`}>{t.back(meeting.data.body.name)}</Link>
        </p>
      )}
      <StatusMessage {...done.props} />
      <QueryBoundary query={meeting}>
        {(data) => (
          <>
            <MeetingContent meeting={data} onDone={done.show} onReload={done.reload} />
            <DocumentsSection entity="meeting" entityId={data.id} canWrite />
            <RecordHistory key={data.version} entity="meeting" entityId={data.id} />
          </>
        )}
      </QueryBoundary>
    </>
  );
}
