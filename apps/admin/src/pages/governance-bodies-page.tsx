import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { Options, SelectField, TextAreaField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { SubmitButton } from "../components/submit-button";
import { showFlash } from "../lib/flash";
import { bindFields, clientErrors, formFields, useSending } from "../lib/form";
import { formatDateTime } from "../lib/format";
import type { BodyKind, BodySummary } from "../lib/governance";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";
import "../governance.css";

const g = messages.governance;
const t = g.bodies;
const bodyKinds = Object.keys(g.kind) as BodyKind[];

function BodiesTable({ bodies }: { bodies: BodySummary[] }) {
  if (bodies.length === 0) return <p>{t.empty}</p>;
  return (
    <DataTable
      caption={t.caption(bodies.length)}
      columns={[t.colName, t.colKind, t.colProgramme, t.colMembers, t.colNext]}
    >
      {bodies.map((body) => (
        <tr key={body.id}>
          <th scope="row">
            <Link to={`/instances/${body.id}`}>{body.name}</Link>
          </th>
          <td>{g.kind[body.kind]}</td>
          <td>{body.programmeName}</td>
          <td className="numeric">{body.memberCount}</td>
          <td>
            {body.nextMeeting ? (
              <Link to={`/reunions/${body.nextMeeting.id}`}>
                {t.nextMeeting(body.nextMeeting.title, formatDateTime(body.nextMeeting.startsAt))}
              </Link>
            ) : (
              t.noNextMeeting
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

const fields = formFields("nouvelle-instance", {
  programmeId: t.programme,
  kind: t.kind,
  name: t.name,
  description: t.description,
});

function NewBodyForm() {
  const navigate = useNavigate();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const create = useMutation(trpc.governance.createBody.mutationOptions());
  const [inputs, setInputs] = useState({ programmeId: "", kind: "", name: "", description: "" });
  const { error, pending, send } = useSending();
  const field = bindFields(inputs, setInputs, fields.id, error);
  // One programme: nothing to choose, and one field less to fill in.
  const only = programmes.data?.length === 1 ? programmes.data[0]!.id : null;
  const programmeId = only ?? inputs.programmeId;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = clientErrors({
      programmeId: programmeId === "" && messages.errors.required,
      kind: inputs.kind === "" && messages.errors.required,
      name: inputs.name.trim() === "" && messages.errors.required,
    });
    void send("send", found, async () => {
      const body = await create.mutateAsync({
        programmeId,
        kind: inputs.kind as BodyKind,
        name: inputs.name.trim(),
        description: inputs.description.trim(),
      });
      await queryClient.invalidateQueries(trpc.governance.bodies.queryFilter());
      showFlash(t.created(body.name), `/instances/${body.id}`);
      await navigate(`/instances/${body.id}`);
    });
  }

  return (
    <section aria-labelledby="nouvelle-instance">
      <h2 id="nouvelle-instance">{t.newTitle}</h2>
      <QueryBoundary query={programmes}>
        {(list) => (
          <form className="form" noValidate onSubmit={onSubmit}>
            <ErrorSummary error={error} fields={fields.summary} />
            {only === null && (
              <SelectField label={t.programme} required {...field("programmeId")}>
                <option value="">{t.programmeChoose}</option>
                {list.map((programme) => (
                  <option key={programme.id} value={programme.id}>
                    {programme.name}
                  </option>
                ))}
              </SelectField>
            )}
            <SelectField label={t.kind} required {...field("kind")}>
              <option value="">{t.kindChoose}</option>
              <Options values={bodyKinds} labels={g.kind} />
            </SelectField>
            <TextField label={t.name} hint={t.nameHint} required {...field("name")} />
            <TextAreaField label={t.description} hint={t.descriptionHint} rows={3} {...field("description")} />
            <div className="form-actions">
              <SubmitButton label={t.submit} pending={pending !== null} pendingLabel={messages.common.saving} />
            </div>
          </form>
        )}
      </QueryBoundary>
    </section>
  );
}

export function GovernanceBodiesPage() {
  const bodies = useQuery(trpc.governance.bodies.queryOptions());
  return (
    <>
      <PageHeading title={t.title} />
      <p className="lead">{t.intro}</p>
      <QueryBoundary query={bodies}>{(list) => <BodiesTable bodies={list} />}</QueryBoundary>
      <NewBodyForm />
    </>
  );
}
