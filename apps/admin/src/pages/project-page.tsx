import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { useCurrentUser } from "../components/current-user";
import { DataTable } from "../components/data-table";
import { Detail, Details } from "../components/details";
import { DocumentsSection } from "../components/documents-section";
import { ErrorSummary } from "../components/error-summary";
import { Options, SelectField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { ProjectForm, type ProjectValues } from "../components/project-form";
import { QueryBoundary } from "../components/query-state";
import { StatusBadge } from "../components/status-badge";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import { themeList } from "../components/theme-picker";
import { UpdateForm, type UpdateValues } from "../components/update-form";
import type { ProjectDetail, ProjectStatus } from "../lib/api-types";
import { toUserError, type UserError } from "../lib/errors";
import { clientErrors, fieldMessage, formFields, saveChanges } from "../lib/form";
import { formatDate, formatDateTime, formatPeriod } from "../lib/format";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.project;

function ProjectDetails({ project }: { project: ProjectDetail }) {
  // The project carries only its programme's id; the name makes the link say where it goes.
  const programme = useQuery(trpc.programmes.get.queryOptions({ id: project.programmeId }));
  return (
    <Details>
      <Detail term={t.commune}>{project.communeName}</Detail>
      <Detail term={t.status}>
        <StatusBadge kind="project" status={project.status} />
      </Detail>
      <Detail term={t.programme}>
        <Link to={`/programmes/${project.programmeId}`}>{programme.data?.name ?? t.programmeLink}</Link>
      </Detail>
      <Detail term={t.period}>{formatPeriod(project.startsOn, project.endsOn)}</Detail>
      <Detail term={t.themes}>{themeList(project.themes, t.noThemes)}</Detail>
      {project.perimeter && <Detail term={t.perimeter}>{project.perimeter}</Detail>}
      {project.summary && (
        <Detail term={t.summary} prose>
          {project.summary}
        </Detail>
      )}
      {project.description && (
        <Detail term={t.description} prose>
          {project.description}
        </Detail>
      )}
    </Details>
  );
}

/** What the forms acting on the project get from the page: they are keyed by its version there. */
interface ProjectActionProps {
  project: ProjectDetail;
  onDone: (message: string) => void;
  onReload: () => void;
}

/** Keyed by the project's version by its parent: after any save, the form restarts from what was stored. */
function EditProjectForm({ project, onDone, onReload }: ProjectActionProps) {
  // The version the person started from, and its values: what the save is checked against and compared with.
  const [opened] = useState(project);
  const programme = useQuery(trpc.programmes.get.queryOptions({ id: project.programmeId }));
  const update = useMutation(trpc.projects.update.mutationOptions());

  async function send(values: ProjectValues) {
    const saved = await saveChanges(opened, values, update.mutateAsync);
    onDone(saved ? t.saved : messages.common.nothingChanged);
    if (saved) await queryClient.invalidateQueries(trpc.projects.pathFilter());
  }

  return (
    <QueryBoundary query={programme}>
      {(data) => (
        <ProjectForm
          idPrefix="modifier-projet"
          initial={opened}
          editions={data.editions}
          submitLabel={messages.common.saveChanges}
          onSend={send}
          onReload={onReload}
        />
      )}
    </QueryBoundary>
  );
}

/** Keyed by the project's version by its parent: a newer version brings a fresh form. */
function ChangeStatusForm({ project, onDone, onReload }: ProjectActionProps) {
  const [status, setStatus] = useState("");
  const [error, setError] = useState<UserError | null>(null);
  const [version] = useState(project.version);
  const fields = formFields("changer-statut", { status: t.newStatus });

  const change = useMutation(
    trpc.projects.changeStatus.mutationOptions({
      onSuccess: async (updated) => {
        onDone(t.statusChanged(messages.projectStatus[updated.status]));
        await queryClient.invalidateQueries(trpc.projects.pathFilter());
      },
      onError: (err) => setError(toUserError(err)),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (change.isPending) return;
    const found = clientErrors({ status: status === "" && messages.errors.required });
    setError(found);
    if (!found) change.mutate({ id: project.id, version, status: status as ProjectStatus });
  }

  if (project.nextStatuses.length === 0) return <p>{t.finalStatus}</p>;
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
        <Options values={project.nextStatuses} labels={messages.projectStatus} />
      </SelectField>
      <div className="form-actions">
        <SubmitButton label={t.changeStatusSubmit} pending={change.isPending} pendingLabel={messages.common.saving} />
      </div>
    </form>
  );
}

function UpdatesTable({ project }: { project: ProjectDetail }) {
  if (project.updates.length === 0) return <p>{t.updatesEmpty}</p>;
  return (
    <DataTable caption={t.updatesCaption} columns={[t.colUpdate, t.colStatus, t.colAuthor, t.colDate]}>
      {project.updates.map((update) => (
        <tr key={update.id}>
          <th scope="row">
            <Link to={`/points/${update.id}`}>{update.title}</Link>
          </th>
          <td>
            <StatusBadge kind="update" status={update.status} />
          </td>
          <td>{update.authorName ?? messages.common.notSet}</td>
          <td>{formatDateTime(update.createdAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

function NewUpdate({ project, onDone }: { project: ProjectDetail; onDone: (message: string) => void }) {
  const create = useMutation(trpc.updates.create.mutationOptions());

  async function send(values: UpdateValues, submit: boolean) {
    const created = await create.mutateAsync({ projectId: project.id, ...values, submit });
    onDone(submit ? t.submitted(created.title) : t.draftSaved(created.title));
    await Promise.all([
      queryClient.invalidateQueries(trpc.projects.get.queryFilter({ id: project.id })),
      queryClient.invalidateQueries(trpc.updates.inbox.queryFilter()),
    ]);
  }

  return (
    <section aria-labelledby="nouveau-point">
      <h2 id="nouveau-point">{t.newUpdate}</h2>
      <p>{t.newUpdateIntro}</p>
      <UpdateForm
        idPrefix="nouveau-point"
        nextStatuses={project.nextStatuses}
        saveLabel={messages.updateForm.saveDraft}
        submitLabel={messages.updateForm.submit}
        onSend={send}
        resetOnSuccess
      />
    </section>
  );
}

const historyFields: Record<string, string> = {
  title: messages.projectForm.title,
  slug: t.historySlug,
  summary: messages.projectForm.summary,
  description: messages.projectForm.description,
  status: t.status,
  edition: messages.projectForm.edition,
  startsOn: messages.projectForm.startsOn,
  endsOn: messages.projectForm.endsOn,
  themes: messages.projectForm.themes,
  perimeter: messages.projectForm.perimeter,
};

function historyValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
    return t.historyNothing;
  if (field === "status") return messages.projectStatus[value as ProjectStatus] ?? String(value);
  if (field === "themes" && Array.isArray(value))
    return value
      .map((theme) => messages.applications.themes[theme as keyof typeof messages.applications.themes] ?? theme)
      .join(", ");
  if ((field === "startsOn" || field === "endsOn") && typeof value === "string") return formatDate(value);
  return String(value);
}

/** Who changed what on the project, newest first; re-read after each save (keyed by the version). */
function ProjectHistory({ projectId }: { projectId: string }) {
  const history = useQuery(trpc.projects.history.queryOptions({ id: projectId }));
  return (
    <section aria-labelledby="historique-projet">
      <h2 id="historique-projet">{t.history}</h2>
      <QueryBoundary query={history}>
        {(entries) =>
          entries.length === 0 ? (
            <p>{t.historyEmpty}</p>
          ) : (
            <ol className="trail">
              {entries.map((entry) => (
                <li key={entry.id} className="trail__item">
                  <p className="trail__what">
                    {t.historyEntry(
                      t.historyActions[entry.action as keyof typeof t.historyActions] ?? entry.action,
                      entry.actorName ?? t.historyUnknownActor,
                      formatDateTime(entry.createdAt),
                    )}
                  </p>
                  <ul>
                    {Object.entries(entry.changes).map(([field, [before, after]]) => (
                      <li key={field}>
                        {t.historyChange(
                          historyFields[field] ?? field,
                          historyValue(field, before),
                          historyValue(field, after),
                        )}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )
        }
      </QueryBoundary>
    </section>
  );
}

export function ProjectPage() {
  const { id = "" } = useParams();
  const project = useQuery(trpc.projects.get.queryOptions({ id }));
  const done = useVersionedConfirmation(() => project.refetch());
  const user = useCurrentUser();

  return (
    <>
      <PageHeading title={project.data?.title ?? t.fallbackTitle} ready={!project.isPending} />
      <StatusMessage {...done.props} />
      <QueryBoundary query={project}>
        {(data) => (
          <>
            <section aria-labelledby="fiche">
              <h2 id="fiche">{t.details}</h2>
              <ProjectDetails project={data} />
            </section>
            <nav aria-label={t.subpagesLabel}>
              <ul className="subpages">
                <li>
                  <Link to={`/projets/${data.id}/plan`}>{t.planLink}</Link>
                </li>
                <li>
                  <Link to={`/projets/${data.id}/financement`}>{t.fundingLink}</Link>
                </li>
                {data.permissions.update && (
                  <li>
                    <Link to={`/projets/${data.id}/roles`}>{t.rolesLink}</Link>
                  </li>
                )}
              </ul>
            </nav>
            {data.permissions.update && (
              <section aria-labelledby="modifier-projet">
                <h2 id="modifier-projet">{t.editTitle}</h2>
                <EditProjectForm key={data.version} project={data} onDone={done.show} onReload={done.reload} />
              </section>
            )}
            {data.permissions.changeStatus && (
              <section aria-labelledby="changer-statut">
                <h2 id="changer-statut">{t.changeStatusTitle}</h2>
                <ChangeStatusForm key={data.version} project={data} onDone={done.show} onReload={done.reload} />
              </section>
            )}
            <section aria-labelledby="points">
              <h2 id="points">{t.updates}</h2>
              <UpdatesTable project={data} />
            </section>
            {data.permissions.writeUpdate && <NewUpdate project={data} onDone={done.show} />}
            <DocumentsSection
              entity="project"
              entityId={data.id}
              // Mirrors document.write (the API decides): officers, and the project's own commune.
              canWrite={isStaff(user) || user.communeCodes.includes(data.communeInseeCode)}
            />
            <ProjectHistory key={data.version} projectId={data.id} />
          </>
        )}
      </QueryBoundary>
    </>
  );
}
