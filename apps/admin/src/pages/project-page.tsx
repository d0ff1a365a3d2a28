import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useParams } from "react-router";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { SelectField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusBadge } from "../components/status-badge";
import { StatusMessage, useConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import { UpdateForm, type UpdateValues } from "../components/update-form";
import type { ProjectDetail, ProjectStatus } from "../lib/api-types";
import { toUserError, type UserError } from "../lib/errors";
import { clientErrors, fieldMessage } from "../lib/form";
import { formatDateTime, formatPeriod } from "../lib/format";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.project;

function ProjectDetails({ project }: { project: ProjectDetail }) {
  // The project carries only its programme's id; the name makes the link say where it goes.
  const programme = useQuery(trpc.programmes.get.queryOptions({ id: project.programmeId }));
  return (
    <dl className="details">
      <div>
        <dt>{t.commune}</dt>
        <dd>{project.communeName}</dd>
      </div>
      <div>
        <dt>{t.status}</dt>
        <dd>
          <StatusBadge kind="project" status={project.status} />
        </dd>
      </div>
      <div>
        <dt>{t.programme}</dt>
        <dd>
          <Link to={`/programmes/${project.programmeId}`}>{programme.data?.name ?? t.programmeLink}</Link>
        </dd>
      </div>
      <div>
        <dt>{t.period}</dt>
        <dd>{formatPeriod(project.startsOn, project.endsOn)}</dd>
      </div>
      {project.summary && (
        <div>
          <dt>{t.summary}</dt>
          <dd className="prose">{project.summary}</dd>
        </div>
      )}
      {project.description && (
        <div>
          <dt>{t.description}</dt>
          <dd className="prose">{project.description}</dd>
        </div>
      )}
    </dl>
  );
}

/** Keyed by the project's version by its parent: a newer version brings a fresh form. */
function ChangeStatusForm({
  project,
  onDone,
  onReload,
}: {
  project: ProjectDetail;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  const [status, setStatus] = useState("");
  const [error, setError] = useState<UserError | null>(null);
  const [version] = useState(project.version);
  const fieldId = "changer-statut-status";

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
      <ErrorSummary error={error} onReload={onReload} fields={{ status: { id: fieldId, label: t.newStatus } }} />
      <SelectField
        id={fieldId}
        label={t.newStatus}
        required
        value={status}
        onChange={(e) => setStatus(e.target.value)}
        error={fieldMessage(error, "status")}
      >
        <option value="">{t.chooseStatus}</option>
        {project.nextStatuses.map((next) => (
          <option key={next} value={next}>
            {messages.projectStatus[next]}
          </option>
        ))}
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
    <DataTable
      caption={t.updatesCaption}
      head={
        <tr>
          <th scope="col">{t.colUpdate}</th>
          <th scope="col">{t.colStatus}</th>
          <th scope="col">{t.colAuthor}</th>
          <th scope="col">{t.colDate}</th>
        </tr>
      }
    >
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

export function ProjectPage() {
  const { id = "" } = useParams();
  const project = useQuery(trpc.projects.get.queryOptions({ id }));
  const done = useConfirmation();
  // The form with the reload button goes away with the old version: the confirmation takes the focus.
  const reload = () => {
    done.clear();
    void project.refetch().then((result) => {
      if (result.isSuccess) done.show(messages.errors.conflictReloaded);
    });
  };

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
            {data.permissions.changeStatus && (
              <section aria-labelledby="changer-statut">
                <h2 id="changer-statut">{t.changeStatusTitle}</h2>
                <ChangeStatusForm key={data.version} project={data} onDone={done.show} onReload={reload} />
              </section>
            )}
            <section aria-labelledby="points">
              <h2 id="points">{t.updates}</h2>
              <UpdatesTable project={data} />
            </section>
            {data.permissions.writeUpdate && <NewUpdate project={data} onDone={done.show} />}
          </>
        )}
      </QueryBoundary>
    </>
  );
}
