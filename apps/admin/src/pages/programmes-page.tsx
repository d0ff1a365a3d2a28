import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { useCurrentUser } from "../components/current-user";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { SelectField, TextAreaField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusBadge } from "../components/status-badge";
import { SubmitButton } from "../components/submit-button";
import type { Inputs } from "../lib/api-types";
import { toUserError, type UserError } from "../lib/errors";
import { showFlash } from "../lib/flash";
import { clientErrors, fieldMessage, optionalDate, optionalText, parseWholeNumber } from "../lib/form";
import { formatEuros, formatPeriod } from "../lib/format";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.programmes;
type ProgrammeStatus = NonNullable<Inputs["programmes"]["create"]["status"]>;
const statuses = Object.keys(messages.programmeStatus) as ProgrammeStatus[];

const fieldNames = ["name", "summary", "objectives", "budgetEuros", "startsOn", "endsOn", "status"] as const;
const id = (name: (typeof fieldNames)[number]) => `nouveau-programme-${name}`;
const labels: Record<(typeof fieldNames)[number], string> = {
  name: t.name,
  summary: t.summary,
  objectives: t.objectives,
  budgetEuros: t.budget,
  startsOn: t.startsOn,
  endsOn: t.endsOn,
  status: t.status,
};
const summaryFields = Object.fromEntries(fieldNames.map((name) => [name, { id: id(name), label: labels[name] }]));

function NewProgrammeForm() {
  const navigate = useNavigate();
  const [values, setValues] = useState({
    name: "",
    summary: "",
    objectives: "",
    budgetEuros: "",
    startsOn: "",
    endsOn: "",
    status: "draft",
  });
  const [error, setError] = useState<UserError | null>(null);
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [name]: event.target.value }));

  const create = useMutation(
    trpc.programmes.create.mutationOptions({
      onSuccess: async (programme) => {
        await queryClient.invalidateQueries(trpc.programmes.list.queryFilter());
        showFlash(t.created(programme.name), `/programmes/${programme.id}`);
        await navigate(`/programmes/${programme.id}`);
      },
      onError: (err) => setError(toUserError(err)),
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const budget = parseWholeNumber(values.budgetEuros);
    const found = clientErrors({
      name: values.name.trim() === "" && messages.errors.required,
      budgetEuros: Number.isNaN(budget) && t.budgetInvalid,
    });
    setError(found);
    if (found) return;
    create.mutate({
      name: values.name.trim(),
      summary: optionalText(values.summary),
      objectives: optionalText(values.objectives),
      budgetEuros: budget,
      startsOn: optionalDate(values.startsOn),
      endsOn: optionalDate(values.endsOn),
      status: values.status as ProgrammeStatus,
    });
  }

  return (
    <section aria-labelledby="nouveau-programme">
      <h2 id="nouveau-programme">{t.newTitle}</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={summaryFields} />
        <TextField
          id={id("name")}
          label={t.name}
          required
          value={values.name}
          onChange={set("name")}
          error={fieldMessage(error, "name")}
        />
        <TextAreaField
          id={id("summary")}
          label={t.summary}
          hint={t.summaryHint}
          rows={3}
          value={values.summary}
          onChange={set("summary")}
          error={fieldMessage(error, "summary")}
        />
        <TextAreaField
          id={id("objectives")}
          label={t.objectives}
          value={values.objectives}
          onChange={set("objectives")}
          error={fieldMessage(error, "objectives")}
        />
        <TextField
          id={id("budgetEuros")}
          label={t.budget}
          hint={t.budgetHint}
          inputMode="numeric"
          className="input input--short"
          value={values.budgetEuros}
          onChange={set("budgetEuros")}
          error={fieldMessage(error, "budgetEuros")}
        />
        <div className="field-row">
          <TextField
            id={id("startsOn")}
            label={t.startsOn}
            type="date"
            className="input input--date"
            value={values.startsOn}
            onChange={set("startsOn")}
            error={fieldMessage(error, "startsOn")}
          />
          <TextField
            id={id("endsOn")}
            label={t.endsOn}
            type="date"
            className="input input--date"
            value={values.endsOn}
            onChange={set("endsOn")}
            error={fieldMessage(error, "endsOn")}
          />
        </div>
        <SelectField
          id={id("status")}
          label={t.status}
          required
          value={values.status}
          onChange={set("status")}
          error={fieldMessage(error, "status")}
        >
          {statuses.map((status) => (
            <option key={status} value={status}>
              {messages.programmeStatus[status]}
            </option>
          ))}
        </SelectField>
        <div className="form-actions">
          <SubmitButton label={t.submit} pending={create.isPending} pendingLabel={messages.common.saving} />
        </div>
      </form>
    </section>
  );
}

export function ProgrammesPage() {
  const user = useCurrentUser();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  return (
    <>
      <PageHeading title={t.title} />
      <QueryBoundary query={programmes}>
        {(list) =>
          list.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <DataTable
              caption={t.tableCaption}
              head={
                <tr>
                  <th scope="col">{t.colName}</th>
                  <th scope="col">{t.colStatus}</th>
                  <th scope="col">{t.colPeriod}</th>
                  <th scope="col">{t.colBudget}</th>
                </tr>
              }
            >
              {list.map((programme) => (
                <tr key={programme.id}>
                  <th scope="row">
                    <Link to={`/programmes/${programme.id}`}>{programme.name}</Link>
                  </th>
                  <td>
                    <StatusBadge kind="programme" status={programme.status} />
                  </td>
                  <td>{formatPeriod(programme.startsOn, programme.endsOn)}</td>
                  <td className="numeric">{formatEuros(programme.budgetEuros)}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryBoundary>
      {isStaff(user) && <NewProgrammeForm />}
    </>
  );
}
