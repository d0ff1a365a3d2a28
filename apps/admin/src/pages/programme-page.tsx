import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { useCurrentUser } from "../components/current-user";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { SelectField, TextAreaField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { Loading, QueryBoundary, QueryError } from "../components/query-state";
import { StatusBadge } from "../components/status-badge";
import { StatusMessage } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import type { Inputs, Outputs } from "../lib/api-types";
import { communeLabel } from "../lib/communes";
import { toUserError, type UserError } from "../lib/errors";
import { showFlash } from "../lib/flash";
import { clientErrors, fieldMessage, optionalDate, optionalText } from "../lib/form";
import { formatDate, formatEuros, formatPeriod } from "../lib/format";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.programme;
type Programme = Outputs["programmes"]["get"];
type Edition = Programme["editions"][number];
type EditionStatus = NonNullable<Inputs["editions"]["create"]["status"]>;
const editionStatuses = Object.keys(messages.editionStatus) as EditionStatus[];

function summaryFields<K extends string>(prefix: string, labels: Record<K, string>) {
  return Object.fromEntries(
    Object.entries<string>(labels).map(([name, label]) => [name, { id: `${prefix}-${name}`, label }]),
  );
}

function EditionsTable({ editions }: { editions: Edition[] }) {
  if (editions.length === 0) return <p>{t.editionsEmpty}</p>;
  return (
    <DataTable
      caption={t.editionsCaption}
      head={
        <tr>
          <th scope="col">{t.colEdition}</th>
          <th scope="col">{t.colYear}</th>
          <th scope="col">{t.colOpens}</th>
          <th scope="col">{t.colCloses}</th>
          <th scope="col">{t.colStatus}</th>
        </tr>
      }
    >
      {editions.map((edition) => (
        <tr key={edition.id}>
          <th scope="row">{edition.name}</th>
          <td>{edition.year}</td>
          <td>{formatDate(edition.opensOn)}</td>
          <td>{formatDate(edition.closesOn)}</td>
          <td>
            <StatusBadge kind="edition" status={edition.status} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

const editionLabels = {
  name: t.editionName,
  year: t.year,
  opensOn: t.opensOn,
  closesOn: t.closesOn,
  status: t.editionStatus,
};
const editionId = (name: keyof typeof editionLabels) => `nouvelle-edition-${name}`;

function NewEditionForm({ programmeId }: { programmeId: string }) {
  const empty = { name: "", year: String(new Date().getFullYear()), opensOn: "", closesOn: "", status: "planned" };
  const [values, setValues] = useState(empty);
  const [error, setError] = useState<UserError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const create = useMutation(
    trpc.editions.create.mutationOptions({
      onSuccess: async (edition) => {
        setValues(empty);
        setDone(t.editionCreated(edition.name));
        await queryClient.invalidateQueries(trpc.programmes.get.queryFilter({ id: programmeId }));
      },
      onError: (err) => setError(toUserError(err)),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setDone(null);
    const year = Number(values.year.trim());
    const found = clientErrors({
      name: values.name.trim() === "" && messages.errors.required,
      year: values.year.trim() === "" ? messages.errors.required : !/^\d{4}$/.test(values.year.trim()) && t.yearInvalid,
    });
    setError(found);
    if (found) return;
    create.mutate({
      programmeId,
      name: values.name.trim(),
      year,
      opensOn: optionalDate(values.opensOn),
      closesOn: optionalDate(values.closesOn),
      status: values.status as EditionStatus,
    });
  }

  return (
    <section aria-labelledby="nouvelle-edition">
      <h3 id="nouvelle-edition">{t.newEdition}</h3>
      <StatusMessage message={done} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={summaryFields("nouvelle-edition", editionLabels)} />
        <TextField
          id={editionId("name")}
          label={t.editionName}
          hint={t.editionNameHint}
          required
          value={values.name}
          onChange={set("name")}
          error={fieldMessage(error, "name")}
        />
        <TextField
          id={editionId("year")}
          label={t.year}
          required
          inputMode="numeric"
          className="input input--short"
          value={values.year}
          onChange={set("year")}
          error={fieldMessage(error, "year")}
        />
        <div className="field-row">
          <TextField
            id={editionId("opensOn")}
            label={t.opensOn}
            type="date"
            className="input input--date"
            value={values.opensOn}
            onChange={set("opensOn")}
            error={fieldMessage(error, "opensOn")}
          />
          <TextField
            id={editionId("closesOn")}
            label={t.closesOn}
            type="date"
            className="input input--date"
            value={values.closesOn}
            onChange={set("closesOn")}
            error={fieldMessage(error, "closesOn")}
          />
        </div>
        <SelectField
          id={editionId("status")}
          label={t.editionStatus}
          required
          value={values.status}
          onChange={set("status")}
          error={fieldMessage(error, "status")}
        >
          {editionStatuses.map((status) => (
            <option key={status} value={status}>
              {messages.editionStatus[status]}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <SubmitButton label={t.editionSubmit} pending={create.isPending} pendingLabel={messages.common.saving} />
        </div>
      </form>
    </section>
  );
}

function ProgrammeProjects({ programmeId }: { programmeId: string }) {
  const projects = useQuery(trpc.projects.list.queryOptions({ programmeId }));
  return (
    <QueryBoundary query={projects}>
      {(list) =>
        list.length === 0 ? (
          <p>{t.projectsEmpty}</p>
        ) : (
          <DataTable
            caption={t.projectsCaption(list.length)}
            head={
              <tr>
                <th scope="col">{messages.projects.colTitle}</th>
                <th scope="col">{messages.projects.colCommune}</th>
                <th scope="col">{messages.projects.colEdition}</th>
                <th scope="col">{messages.projects.colStatus}</th>
              </tr>
            }
          >
            {list.map((project) => (
              <tr key={project.id}>
                <th scope="row">
                  <Link to={`/projets/${project.id}`}>{project.title}</Link>
                </th>
                <td>{communeLabel({ name: project.communeName, departement: project.departement })}</td>
                <td>{project.editionName ?? messages.common.none}</td>
                <td>
                  <StatusBadge kind="project" status={project.status} />
                </td>
              </tr>
            ))}
          </DataTable>
        )
      }
    </QueryBoundary>
  );
}

const projectLabels = {
  communeInseeCode: t.commune,
  editionId: t.edition,
  title: t.projectTitle,
  summary: t.projectSummary,
  description: t.projectDescription,
  startsOn: t.projectStartsOn,
  endsOn: t.projectEndsOn,
};
const projectId = (name: keyof typeof projectLabels) => `nouveau-projet-${name}`;

function NewProjectForm({ programmeId, editions }: { programmeId: string; editions: Edition[] }) {
  const navigate = useNavigate();
  const communes = useQuery(trpc.communes.list.queryOptions(undefined, { staleTime: Infinity }));
  const [values, setValues] = useState({
    communeInseeCode: "",
    editionId: "",
    title: "",
    summary: "",
    description: "",
    startsOn: "",
    endsOn: "",
  });
  const [error, setError] = useState<UserError | null>(null);
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const create = useMutation(
    trpc.projects.create.mutationOptions({
      onSuccess: async (project) => {
        await queryClient.invalidateQueries(trpc.projects.list.queryFilter());
        showFlash(t.projectCreated(project.title), `/projets/${project.id}`);
        await navigate(`/projets/${project.id}`);
      },
      onError: (err) => setError(toUserError(err)),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const found = clientErrors({
      communeInseeCode: values.communeInseeCode === "" && messages.errors.required,
      title: values.title.trim() === "" && messages.errors.required,
    });
    setError(found);
    if (found) return;
    create.mutate({
      programmeId,
      editionId: values.editionId === "" ? null : values.editionId,
      communeInseeCode: values.communeInseeCode,
      title: values.title.trim(),
      summary: optionalText(values.summary),
      description: optionalText(values.description),
      startsOn: optionalDate(values.startsOn),
      endsOn: optionalDate(values.endsOn),
    });
  }

  return (
    <section aria-labelledby="nouveau-projet">
      <h3 id="nouveau-projet">{t.newProject}</h3>
      {communes.isPending && <Loading label={t.communesLoading} />}
      {communes.isError && <QueryError error={communes.error} onRetry={() => void communes.refetch()} />}
      {communes.data && (
        <form className="form" noValidate onSubmit={onSubmit}>
          <ErrorSummary error={error} fields={summaryFields("nouveau-projet", projectLabels)} />
          <SelectField
            id={projectId("communeInseeCode")}
            label={t.commune}
            required
            value={values.communeInseeCode}
            onChange={set("communeInseeCode")}
            error={fieldMessage(error, "communeInseeCode")}
          >
            <option value="">{t.communeChoose}</option>
            {communes.data.map((commune) => (
              <option key={commune.inseeCode} value={commune.inseeCode}>
                {communeLabel(commune)}
              </option>
            ))}
          </SelectField>
          {editions.length > 0 && (
            <SelectField
              id={projectId("editionId")}
              label={t.edition}
              value={values.editionId}
              onChange={set("editionId")}
              error={fieldMessage(error, "editionId")}
            >
              <option value="">{t.editionNone}</option>
              {editions.map((edition) => (
                <option key={edition.id} value={edition.id}>
                  {edition.name} ({edition.year})
                </option>
              ))}
            </SelectField>
          )}
          <TextField
            id={projectId("title")}
            label={t.projectTitle}
            required
            value={values.title}
            onChange={set("title")}
            error={fieldMessage(error, "title")}
          />
          <TextAreaField
            id={projectId("summary")}
            label={t.projectSummary}
            rows={3}
            value={values.summary}
            onChange={set("summary")}
            error={fieldMessage(error, "summary")}
          />
          <TextAreaField
            id={projectId("description")}
            label={t.projectDescription}
            value={values.description}
            onChange={set("description")}
            error={fieldMessage(error, "description")}
          />
          <div className="field-row">
            <TextField
              id={projectId("startsOn")}
              label={t.projectStartsOn}
              type="date"
              className="input input--date"
              value={values.startsOn}
              onChange={set("startsOn")}
              error={fieldMessage(error, "startsOn")}
            />
            <TextField
              id={projectId("endsOn")}
              label={t.projectEndsOn}
              type="date"
              className="input input--date"
              value={values.endsOn}
              onChange={set("endsOn")}
              error={fieldMessage(error, "endsOn")}
            />
          </div>
          <div className="form-actions">
            <SubmitButton label={t.projectSubmit} pending={create.isPending} pendingLabel={messages.common.saving} />
          </div>
        </form>
      )}
    </section>
  );
}

function ProgrammeDetails({ programme }: { programme: Programme }) {
  return (
    <dl className="details">
      <div>
        <dt>{t.status}</dt>
        <dd>
          <StatusBadge kind="programme" status={programme.status} />
        </dd>
      </div>
      <div>
        <dt>{t.period}</dt>
        <dd>{formatPeriod(programme.startsOn, programme.endsOn)}</dd>
      </div>
      <div>
        <dt>{t.budget}</dt>
        <dd>{formatEuros(programme.budgetEuros)}</dd>
      </div>
      {programme.summary && (
        <div>
          <dt>{t.summary}</dt>
          <dd className="prose">{programme.summary}</dd>
        </div>
      )}
      {programme.objectives && (
        <div>
          <dt>{t.objectives}</dt>
          <dd className="prose">{programme.objectives}</dd>
        </div>
      )}
    </dl>
  );
}

export function ProgrammePage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  const staff = isStaff(user);

  return (
    <>
      <PageHeading title={programme.data?.name ?? t.fallbackTitle} ready={!programme.isPending} />
      <QueryBoundary query={programme}>
        {(data) => (
          <>
            <section aria-labelledby="presentation">
              <h2 id="presentation">{t.details}</h2>
              <ProgrammeDetails programme={data} />
            </section>
            <section aria-labelledby="editions">
              <h2 id="editions">{t.editions}</h2>
              <EditionsTable editions={data.editions} />
              {staff && <NewEditionForm programmeId={data.id} />}
            </section>
            <section aria-labelledby="projets-du-programme">
              <h2 id="projets-du-programme">{t.projects}</h2>
              <ProgrammeProjects programmeId={data.id} />
              {staff && <NewProjectForm programmeId={data.id} editions={data.editions} />}
            </section>
          </>
        )}
      </QueryBoundary>
    </>
  );
}
