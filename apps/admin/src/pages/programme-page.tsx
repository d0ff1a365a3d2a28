import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useNavigate, useParams } from "react-router";
import { useCurrentUser } from "../components/current-user";
import { DataTable } from "../components/data-table";
import { DocumentsSection } from "../components/documents-section";
import { Detail, Details } from "../components/details";
import { ErrorSummary } from "../components/error-summary";
import { DateField, Options, SelectField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { ProgrammeForm, type ProgrammeValues } from "../components/programme-form";
import { ProjectForm, type ProjectValues } from "../components/project-form";
import { ProjectsTable } from "../components/projects-table";
import { RecordHistory } from "../components/record-history";
import { Loading, QueryBoundary, QueryError } from "../components/query-state";
import { StatusBadge } from "../components/status-badge";
import { StatusMessage, useVersionedConfirmation } from "../components/status-message";
import { SubmitButton } from "../components/submit-button";
import type { Inputs, Outputs } from "../lib/api-types";
import { toUserError, type UserError } from "../lib/errors";
import { showFlash } from "../lib/flash";
import { bindFields, clientErrors, formFields, optionalDate, saveChanges } from "../lib/form";
import { formatDate, formatEuros, formatPeriod } from "../lib/format";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.programme;
type Programme = Outputs["programmes"]["get"];
type Edition = Programme["editions"][number];
type EditionStatus = NonNullable<Inputs["editions"]["create"]["status"]>;
const editionStatuses = Object.keys(messages.editionStatus) as EditionStatus[];

function EditionsTable({ editions }: { editions: Edition[] }) {
  if (editions.length === 0) return <p>{t.editionsEmpty}</p>;
  return (
    <DataTable caption={t.editionsCaption} columns={[t.colEdition, t.colYear, t.colOpens, t.colCloses, t.colStatus]}>
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

const editionFields = formFields("nouvelle-edition", {
  name: t.editionName,
  year: t.year,
  opensOn: t.opensOn,
  closesOn: t.closesOn,
  status: t.editionStatus,
});

function NewEditionForm({ programmeId }: { programmeId: string }) {
  const empty = { name: "", year: String(new Date().getFullYear()), opensOn: "", closesOn: "", status: "planned" };
  const [values, setValues] = useState(empty);
  const [error, setError] = useState<UserError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const field = bindFields(values, setValues, editionFields.id, error);

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
        <ErrorSummary error={error} fields={editionFields.summary} />
        <TextField label={t.editionName} hint={t.editionNameHint} required {...field("name")} />
        <TextField label={t.year} required inputMode="numeric" className="input input--short" {...field("year")} />
        <div className="field-row">
          <DateField label={t.opensOn} {...field("opensOn")} />
          <DateField label={t.closesOn} {...field("closesOn")} />
        </div>
        <SelectField label={t.editionStatus} required {...field("status")}>
          <Options values={editionStatuses} labels={messages.editionStatus} />
        </SelectField>
        <div className="form-actions">
          <SubmitButton label={t.editionSubmit} pending={create.isPending} pendingLabel={messages.common.saving} />
        </div>
      </form>
    </section>
  );
}

const editEditionFields = formFields("modifier-edition", {
  name: t.editionName,
  opensOn: t.opensOn,
  closesOn: t.closesOn,
  status: t.editionStatus,
});

/** Keyed by the edition and its version: after a save or a reload, the form restarts from what is stored. */
function EditEditionFields({
  edition,
  programmeId,
  onDone,
}: {
  edition: Edition;
  programmeId: string;
  onDone: (message: string | null) => void;
}) {
  const opened = {
    name: edition.name,
    opensOn: edition.opensOn ?? "",
    closesOn: edition.closesOn ?? "",
    status: edition.status as string,
  };
  const [values, setValues] = useState(opened);
  const [error, setError] = useState<UserError | null>(null);
  const field = bindFields(values, setValues, editEditionFields.id, error);
  const update = useMutation(trpc.editions.update.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (update.isPending) return;
    onDone(null);
    const found = clientErrors({ name: values.name.trim() === "" && messages.errors.required });
    setError(found);
    if (found) return;
    try {
      const saved = await saveChanges(
        {
          ...opened,
          id: edition.id,
          version: edition.version,
          opensOn: optionalDate(opened.opensOn),
          closesOn: optionalDate(opened.closesOn),
        },
        {
          name: values.name.trim(),
          opensOn: optionalDate(values.opensOn),
          closesOn: optionalDate(values.closesOn),
          status: values.status,
        },
        (input) => update.mutateAsync({ ...input, status: input.status as EditionStatus | undefined }),
      );
      onDone(saved ? t.editionSaved(values.name.trim()) : messages.common.nothingChanged);
      if (saved) await queryClient.invalidateQueries(trpc.programmes.get.queryFilter({ id: programmeId }));
    } catch (err) {
      setError(toUserError(err));
    }
  }

  return (
    <>
      <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
        <ErrorSummary error={error} fields={editEditionFields.summary} />
        <TextField label={t.editionName} required {...field("name")} />
        <div className="field-row">
          <DateField label={t.opensOn} {...field("opensOn")} />
          <DateField label={t.closesOn} {...field("closesOn")} />
        </div>
        <SelectField label={t.editionStatus} hint={t.editionStatusHint} required {...field("status")}>
          <Options values={editionStatuses} labels={messages.editionStatus} />
        </SelectField>
        <div className="form-actions">
          <SubmitButton label={t.editionSave} pending={update.isPending} pendingLabel={messages.common.saving} />
        </div>
      </form>
    </>
  );
}

function EditEditionForm({ editions, programmeId }: { editions: Edition[]; programmeId: string }) {
  const [chosen, setChosen] = useState("");
  // Held here: a save re-keys the fields below (new version), and the confirmation must outlive them.
  const [done, setDone] = useState<string | null>(null);
  const edition = editions.find((e) => e.id === chosen);
  if (editions.length === 0) return null;
  return (
    <section aria-labelledby="modifier-edition">
      <h3 id="modifier-edition">{t.editEdition}</h3>
      <StatusMessage message={done} />
      <SelectField
        id="modifier-edition-choix"
        label={t.editionChoose}
        value={chosen}
        onChange={(e) => setChosen(e.target.value)}
      >
        <option value="">{t.editionChooseNone}</option>
        {editions.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </SelectField>
      {edition && (
        <>
          <EditEditionFields
            key={`${edition.id}-${edition.version}`}
            edition={edition}
            programmeId={programmeId}
            onDone={setDone}
          />
          <RecordHistory
            key={`historique-${edition.version}`}
            entity="edition"
            entityId={edition.id}
            headingLevel={3}
          />
        </>
      )}
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
          <ProjectsTable caption={t.projectsCaption(list.length)} projects={list} show={["edition"]} />
        )
      }
    </QueryBoundary>
  );
}

function NewProjectForm({ programmeId, editions }: { programmeId: string; editions: Edition[] }) {
  const navigate = useNavigate();
  const communes = useQuery(trpc.communes.list.queryOptions(undefined, { staleTime: Infinity }));
  const create = useMutation(trpc.projects.create.mutationOptions());

  async function send(values: ProjectValues, communeInseeCode: string) {
    const project = await create.mutateAsync({ programmeId, communeInseeCode, ...values });
    await queryClient.invalidateQueries(trpc.projects.list.queryFilter());
    showFlash(t.projectCreated(project.title), `/projets/${project.id}`);
    await navigate(`/projets/${project.id}`);
  }

  return (
    <section aria-labelledby="nouveau-projet">
      <h3 id="nouveau-projet">{t.newProject}</h3>
      {communes.isPending && <Loading label={t.communesLoading} />}
      {communes.isError && <QueryError error={communes.error} onRetry={() => void communes.refetch()} />}
      {communes.data && (
        <ProjectForm
          idPrefix="nouveau-projet"
          editions={editions}
          communes={communes.data}
          submitLabel={t.projectSubmit}
          onSend={send}
        />
      )}
    </section>
  );
}

/** Keyed by the programme's version by its parent: after any save, the form restarts from what was stored. */
function EditProgrammeForm({
  programme,
  onDone,
  onReload,
}: {
  programme: Programme;
  onDone: (message: string) => void;
  onReload: () => void;
}) {
  // The version the person started from, and its values: what the save is checked against and compared with.
  const [opened] = useState(programme);
  const update = useMutation(trpc.programmes.update.mutationOptions());

  async function send(values: ProgrammeValues) {
    const saved = await saveChanges(opened, values, update.mutateAsync);
    onDone(saved ? t.saved : messages.common.nothingChanged);
    if (saved) await queryClient.invalidateQueries(trpc.programmes.pathFilter());
  }

  return (
    <ProgrammeForm
      idPrefix="modifier-programme"
      initial={opened}
      submitLabel={messages.common.saveChanges}
      onSend={send}
      onReload={onReload}
    />
  );
}

function ProgrammeDetails({ programme }: { programme: Programme }) {
  return (
    <Details>
      <Detail term={t.status}>
        <StatusBadge kind="programme" status={programme.status} />
      </Detail>
      <Detail term={t.period}>{formatPeriod(programme.startsOn, programme.endsOn)}</Detail>
      <Detail term={t.budget}>{formatEuros(programme.budgetEuros)}</Detail>
      {programme.summary && (
        <Detail term={t.summary} prose>
          {programme.summary}
        </Detail>
      )}
      {programme.objectives && (
        <Detail term={t.objectives} prose>
          {programme.objectives}
        </Detail>
      )}
    </Details>
  );
}

export function ProgrammePage() {
  const { id = "" } = useParams();
  const user = useCurrentUser();
  const programme = useQuery(trpc.programmes.get.queryOptions({ id }));
  const done = useVersionedConfirmation(() => programme.refetch());
  const staff = isStaff(user);

  return (
    <>
      <PageHeading title={programme.data?.name ?? t.fallbackTitle} ready={!programme.isPending} />
      <StatusMessage {...done.props} />
      <QueryBoundary query={programme}>
        {(data) => (
          <>
            <section aria-labelledby="presentation">
              <h2 id="presentation">{t.details}</h2>
              <ProgrammeDetails programme={data} />
            </section>
            {staff && (
              <section aria-labelledby="modifier-programme">
                <h2 id="modifier-programme">{t.editTitle}</h2>
                <EditProgrammeForm key={data.version} programme={data} onDone={done.show} onReload={done.reload} />
              </section>
            )}
            <section aria-labelledby="editions">
              <h2 id="editions">{t.editions}</h2>
              <EditionsTable editions={data.editions} />
              {staff && <EditEditionForm editions={data.editions} programmeId={data.id} />}
              {staff && <NewEditionForm programmeId={data.id} />}
            </section>
            <section aria-labelledby="projets-du-programme">
              <h2 id="projets-du-programme">{t.projects}</h2>
              <ProgrammeProjects programmeId={data.id} />
              {staff && <NewProjectForm programmeId={data.id} editions={data.editions} />}
            </section>
            {staff && <DocumentsSection entity="programme" entityId={data.id} canWrite />}
            <RecordHistory key={data.version} entity="programme" entityId={data.id} />
          </>
        )}
      </QueryBoundary>
    </>
  );
}
