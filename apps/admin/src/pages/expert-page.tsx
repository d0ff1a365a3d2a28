import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { DataTable } from "../components/data-table";
import { Detail, Details } from "../components/details";
import { ErrorSummary } from "../components/error-summary";
import { ExpertForm } from "../components/expert-form";
import { Options, SelectField } from "../components/form-field";
import { MissionForm, type MissionValues } from "../components/mission-form";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import type { ProjectListItem } from "../lib/api-types";
import { toUserError, type UserError } from "../lib/errors";
import {
  centsToInput,
  formatCents,
  formatDailyRate,
  formatDayCount,
  formatDays,
  formatShortPeriod,
  skillsFromText,
  toExpertValues,
  type ExpertDetail,
  type ExpertHistoryEntry,
  type ExpertMission,
  type ExpertValues,
  type MissionStatus,
} from "../lib/experts";
import { changedFields, clientErrors, fieldMessage, formFields } from "../lib/form";
import { formatDate, formatDateTime } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.experts;

/** After any write, the expert (missions and totals) and its history are read again, and the directory. */
async function refreshExpert(id: string) {
  await Promise.all([
    queryClient.invalidateQueries(trpc.experts.get.queryFilter({ id })),
    queryClient.invalidateQueries(trpc.experts.history.queryFilter({ id })),
    queryClient.invalidateQueries(trpc.experts.list.queryFilter()),
  ]);
}

function ExpertDetails({ expert }: { expert: ExpertDetail }) {
  const contact = [expert.contactName, expert.contactPhone].filter(Boolean);
  return (
    <Details>
      <Detail term={t.detailKind}>{t.kind[expert.kind]}</Detail>
      <Detail term={t.detailSiret}>{expert.siret ?? messages.common.notSet}</Detail>
      <Detail term={t.detailSkills}>
        {expert.skills.length === 0 ? messages.common.notSet : expert.skills.join(", ")}
      </Detail>
      <Detail term={t.detailRate}>
        {formatDailyRate(expert.dailyRateCents)}
        {expert.rateNote && <> ({expert.rateNote})</>}
      </Detail>
      <Detail term={t.detailContact}>
        {contact.length === 0 && !expert.contactEmail ? messages.common.notSet : contact.join(", ")}
        {expert.contactEmail && (
          <>
            {contact.length > 0 && ", "}
            <a href={`mailto:${expert.contactEmail}`} className="break">
              {expert.contactEmail}
            </a>
          </>
        )}
      </Detail>
      <Detail term={t.detailWebsite}>
        {expert.website ? (
          <a href={expert.website} rel="noopener noreferrer" className="break">
            {expert.website}
          </a>
        ) : (
          messages.common.notSet
        )}
      </Detail>
      <Detail term={t.detailState}>{expert.active ? t.stateActive : t.stateInactive}</Detail>
      {expert.notes && (
        <Detail term={t.detailNotes} prose>
          {expert.notes}
        </Detail>
      )}
    </Details>
  );
}

interface ExpertActionProps {
  expert: ExpertDetail;
  onDone: (message: string) => void;
  onReload: () => void;
}

/** Keyed by the expert's version by its parent: after any save, the form restarts from what was stored. */
function EditExpertForm({ expert, onDone, onReload }: ExpertActionProps) {
  // The version the person started from, and its values: what the save is checked against and compared with.
  const [opened] = useState(() => ({ id: expert.id, version: expert.version, values: toExpertValues(expert) }));
  const update = useMutation(trpc.experts.update.mutationOptions());

  async function send(values: ExpertValues) {
    // The form sends skills as the list they make, joined as the stored ones are: "a,b" and "a, b" compare equal.
    const changes = changedFields(opened.values, values);
    if (Object.keys(changes).length === 0) {
      onDone(messages.common.nothingChanged);
      return;
    }
    const { skills, ...rest } = changes;
    await update.mutateAsync({
      id: opened.id,
      version: opened.version,
      ...rest,
      ...(skills === undefined ? {} : { skills: skillsFromText(skills) }),
    });
    onDone(t.saved);
    await refreshExpert(opened.id);
  }

  return (
    <ExpertForm
      idPrefix="modifier-expert"
      initial={opened.values}
      submitLabel={messages.common.saveChanges}
      onSend={send}
      onReload={onReload}
    />
  );
}

/** "Rapport (livré le 28 avril 2031)", "Rapport (attendu le 30 avril 2031)" or "Rapport (à livrer)". */
function deliverableText(d: Pick<ExpertMission["deliverables"][number], "title" | "dueOn" | "deliveredOn">): string {
  if (d.deliveredOn) return t.deliverableDone(d.title, formatDate(d.deliveredOn));
  if (d.dueOn) return t.deliverableDue(d.title, formatDate(d.dueOn));
  return t.deliverablePending(d.title);
}

function DeliverablesList({ mission }: { mission: ExpertMission }) {
  if (mission.deliverables.length === 0) return <>{t.noDeliverable}</>;
  return (
    <ul className="link-list">
      {mission.deliverables.map((d) => (
        <li key={d.id}>{deliverableText(d)}</li>
      ))}
    </ul>
  );
}

/** A mission's next status. Keyed by the mission's version by its parent: a newer version brings a fresh form. */
function ChangeMissionStatus({
  expertId,
  mission,
  onDone,
  onReload,
}: {
  expertId: string;
  mission: ExpertMission;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const [status, setStatus] = useState("");
  const [error, setError] = useState<UserError | null>(null);
  const fields = formFields("statut-mission", { status: t.newStatus });
  const change = useMutation(
    trpc.experts.changeMissionStatus.mutationOptions({
      onSuccess: async (updated) => {
        onDone(t.statusChanged(updated.title, t.missionStatus[updated.status]));
        await refreshExpert(expertId);
      },
      onError: (err) => setError(toUserError(err)),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const found = clientErrors({ status: status === "" && messages.errors.required });
    setError(found);
    if (!found) change.mutate({ expertId, id: mission.id, version: mission.version, status: status as MissionStatus });
  }

  if (mission.nextStatuses.length === 0) return <p>{t.finalStatus}</p>;
  return (
    <form className="form form--inline" noValidate onSubmit={onSubmit}>
      <ErrorSummary error={error} onReload={onReload} fields={fields.summary} />
      <SelectField
        id={fields.id("status")}
        label={t.newStatus}
        required
        value={status}
        onChange={(e) => setStatus(e.target.value)}
        error={fieldMessage(error, "status")}
      >
        <option value="">{t.chooseStatus}</option>
        <Options values={mission.nextStatuses} labels={t.missionStatus} />
      </SelectField>
      <div className="form-actions">
        <SubmitButton label={t.changeStatus} pending={change.isPending} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}

function MissionsTable({ expert, onManage }: { expert: ExpertDetail; onManage: (missionId: string) => void }) {
  const manage = expert.permissions.manage;
  if (expert.missions.length === 0) return <p>{t.missionsEmpty}</p>;
  const { totals } = expert;
  return (
    <>
      <p>{t.totals(totals.missions, totals.communes, formatDays(totals.days), formatCents(totals.budgetCents))}</p>
      <DataTable
        caption={t.missionsCaption}
        columns={[
          t.colMission,
          t.colProject,
          t.colCommune,
          t.colDates,
          t.colDays,
          t.colBudget,
          t.colStatus,
          t.colDeliverables,
          ...(manage ? [t.colActions] : []),
        ]}
      >
        {expert.missions.map((mission) => (
          <tr key={mission.id}>
            <th scope="row">{mission.title}</th>
            <td>
              <Link to={`/projets/${mission.projectId}`}>{mission.projectTitle}</Link>
            </td>
            <td>{mission.communeName}</td>
            <td>{formatShortPeriod(mission.startsOn, mission.endsOn)}</td>
            <td className="numeric">{formatDayCount(mission.days)}</td>
            <td className="numeric">{formatCents(mission.budgetCents)}</td>
            <td>{t.missionStatus[mission.status]}</td>
            <td>
              <DeliverablesList mission={mission} />
            </td>
            {manage && (
              <td>
                <button
                  id={`gerer-${mission.id}`}
                  type="button"
                  className="button button--small button--secondary"
                  onClick={() => onManage(mission.id)}
                >
                  {t.manageMission}
                  <span className="visually-hidden"> {t.manageMissionFor(mission.title)}</span>
                </button>
              </td>
            )}
          </tr>
        ))}
      </DataTable>
    </>
  );
}

function toMissionValues(mission: ExpertMission): MissionValues {
  return {
    projectId: mission.projectId,
    title: mission.title,
    scope: mission.scope,
    days: mission.days === null ? "" : String(mission.days).replace(".", ","),
    budget: centsToInput(mission.budgetCents),
    startsOn: mission.startsOn,
    endsOn: mission.endsOn,
    deliverables: mission.deliverables.map(({ title, dueOn, deliveredOn }) => ({ title, dueOn, deliveredOn })),
  };
}

/** Keyed by the mission's version by its parent. Sends only what changed; deliverables go as a whole list. */
function EditMission({
  expertId,
  mission,
  projects,
  onDone,
  onReload,
}: {
  expertId: string;
  mission: ExpertMission;
  projects: readonly ProjectListItem[];
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const [opened] = useState(() => ({ version: mission.version, values: toMissionValues(mission) }));
  const update = useMutation(trpc.experts.updateMission.mutationOptions());

  async function send(values: MissionValues) {
    const { deliverables, ...fields } = values;
    const { deliverables: openedDeliverables, ...openedFields } = opened.values;
    const changes = changedFields(openedFields, fields);
    const deliverablesChanged = JSON.stringify(deliverables) !== JSON.stringify(openedDeliverables);
    if (Object.keys(changes).length === 0 && !deliverablesChanged) {
      onDone(messages.common.nothingChanged);
      return;
    }
    const saved = await update.mutateAsync({
      expertId,
      id: mission.id,
      version: opened.version,
      ...changes,
      ...(deliverablesChanged ? { deliverables } : {}),
    });
    onDone(t.missionSaved(saved.title));
    await refreshExpert(expertId);
  }

  return (
    <MissionForm
      idPrefix="modifier-mission"
      initial={opened.values}
      projects={projects}
      submitLabel={messages.common.saveChanges}
      onSend={send}
      onReload={onReload}
    />
  );
}

/**
 * One mission's actions, opened from its row: its status, then its fields and deliverables. The
 * heading takes the focus when it opens; closing gives it back to the row's button.
 */
function ManageMission({
  expertId,
  mission,
  projects,
  onDone,
  onReload,
  onClose,
}: {
  expertId: string;
  mission: ExpertMission;
  projects: readonly ProjectListItem[];
  onDone: (message: string) => void;
  onReload: () => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [mission.id]);

  return (
    <section aria-labelledby="gerer-mission">
      <h2 id="gerer-mission" ref={heading} tabIndex={-1}>
        {t.manageTitle(mission.title)}
      </h2>
      <p>{t.manageIntro(t.missionStatus[mission.status])}</p>
      <h3>{t.changeStatusTitle}</h3>
      <ChangeMissionStatus
        key={`statut-${mission.version}`}
        expertId={expertId}
        mission={mission}
        onDone={onDone}
        onReload={onReload}
      />
      <h3>{t.editMissionTitle}</h3>
      <EditMission
        key={`modifier-${mission.version}`}
        expertId={expertId}
        mission={mission}
        projects={projects}
        onDone={onDone}
        onReload={onReload}
      />
      <div className="form-actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t.closeManage}
        </button>
      </div>
    </section>
  );
}

function NewMission({
  expertId,
  projects,
  onDone,
}: {
  expertId: string;
  projects: readonly ProjectListItem[];
  onDone: (message: string) => void;
}) {
  const create = useMutation(trpc.experts.createMission.mutationOptions());

  async function send(values: MissionValues, status: MissionStatus) {
    const mission = await create.mutateAsync({ expertId, ...values, status });
    onDone(t.missionCreated(mission.title));
    await refreshExpert(expertId);
  }

  return (
    <section aria-labelledby="nouvelle-mission-titre">
      <h2 id="nouvelle-mission-titre">{t.newMissionTitle}</h2>
      <p>{t.newMissionIntro}</p>
      <MissionForm
        idPrefix="nouvelle-mission"
        projects={projects}
        withStatus
        submitLabel={t.newMissionSubmit}
        onSend={send}
        resetOnSuccess
      />
    </section>
  );
}

function changeText(field: string, value: unknown, projects: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === "") return t.historyEmptyValue;
  switch (field) {
    case "dailyRateCents":
    case "budgetCents":
      return formatCents(Number(value));
    case "days":
      return formatDays(Number(value));
    case "kind":
      return t.kind[value as ExpertDetail["kind"]] ?? String(value);
    case "status":
      return t.missionStatus[value as MissionStatus] ?? String(value);
    case "active":
      return value ? t.historyYes : t.historyNo;
    case "startsOn":
    case "endsOn":
      return formatDate(String(value));
    case "projectId":
      return projects.get(String(value)) ?? String(value);
    case "skills":
      return Array.isArray(value) ? value.join(", ") || t.historyEmptyValue : String(value);
    case "deliverables":
      return Array.isArray(value)
        ? (value as ExpertMission["deliverables"]).map(deliverableText).join(", ") || t.historyEmptyValue
        : String(value);
    default:
      return typeof value === "string" ? value : JSON.stringify(value);
  }
}

function ExpertHistory({ expertId, projects }: { expertId: string; projects: ReadonlyMap<string, string> }) {
  const history = useQuery(trpc.experts.history.queryOptions({ id: expertId }));
  return (
    <section aria-labelledby="historique">
      <h2 id="historique">{t.historyTitle}</h2>
      <QueryBoundary query={history}>
        {(entries: ExpertHistoryEntry[]) =>
          entries.length === 0 ? (
            <p>{t.historyEmpty}</p>
          ) : (
            <ol className="trail">
              {entries.map((entry) => (
                <li key={entry.id} className="trail__item">
                  <p className="trail__what">
                    {t.historyBy(
                      entry.missionTitle ? t.historyMission(entry.missionTitle) : t.historyExpert,
                      t.historyActions[entry.action] ?? entry.action,
                      entry.actorName ?? t.historyUnknownActor,
                      formatDateTime(entry.createdAt),
                    )}
                  </p>
                  {/* A creation's values are the record's first version: the page above shows what stands now. */}
                  {entry.action !== "created" && Object.keys(entry.changes).length > 0 && (
                    <ul>
                      {Object.entries(entry.changes).map(([field, [before, after]]) => (
                        <li key={field}>
                          {t.historyChange(
                            t.historyFields[field] ?? field,
                            changeText(field, before, projects),
                            changeText(field, after, projects),
                          )}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )
        }
      </QueryBoundary>
    </section>
  );
}

export function ExpertPage() {
  const { id = "" } = useParams();
  const expert = useQuery(trpc.experts.get.queryOptions({ id }));
  const projects = useQuery(trpc.projects.list.queryOptions());
  const done = useVersionedConfirmation(() => expert.refetch());
  const [managing, setManaging] = useState<string | null>(null);
  const projectTitles = new Map((projects.data ?? []).map((p) => [p.id, `${p.title} (${p.communeName})`]));

  function closeManage() {
    const missionId = managing;
    setManaging(null);
    // The section goes away with its focused button: the focus returns to the row it was opened from.
    requestAnimationFrame(() => document.getElementById(`gerer-${missionId}`)?.focus());
  }

  return (
    <>
      <PageHeading title={expert.data?.name ?? t.fallbackTitle} ready={!expert.isPending} />
      <p>
        <Link to="/experts">{t.backToList}</Link>
      </p>
      <StatusMessage {...done.props} />
      <QueryBoundary query={expert}>
        {(data) => {
          const managed = data.missions.find((m) => m.id === managing);
          return (
            <>
              <section aria-labelledby="fiche">
                <h2 id="fiche">{t.details}</h2>
                <ExpertDetails expert={data} />
              </section>
              <section aria-labelledby="missions">
                <h2 id="missions">{t.missionsTitle}</h2>
                <MissionsTable expert={data} onManage={setManaging} />
              </section>
              {data.permissions.manage && managed && projects.data && (
                <ManageMission
                  expertId={data.id}
                  mission={managed}
                  projects={projects.data}
                  onDone={done.show}
                  onReload={done.reload}
                  onClose={closeManage}
                />
              )}
              {data.permissions.manage && projects.data && (
                <NewMission expertId={data.id} projects={projects.data} onDone={done.show} />
              )}
              {data.permissions.manage && (
                <section aria-labelledby="modifier-expert-titre">
                  <h2 id="modifier-expert-titre">{t.editTitle}</h2>
                  <EditExpertForm key={data.version} expert={data} onDone={done.show} onReload={done.reload} />
                </section>
              )}
              <ExpertHistory expertId={data.id} projects={projectTitles} />
            </>
          );
        }}
      </QueryBoundary>
    </>
  );
}
