import { useMutation, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { useCurrentUser } from "../components/current-user";
import { DataTable } from "../components/data-table";
import { PageHeading } from "../components/page-heading";
import { ProgrammeForm, type ProgrammeValues } from "../components/programme-form";
import { QueryBoundary } from "../components/query-state";
import { StatusBadge } from "../components/status-badge";
import { showFlash } from "../lib/flash";
import { formatEuros, formatPeriod } from "../lib/format";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.programmes;

function NewProgrammeForm() {
  const navigate = useNavigate();
  const create = useMutation(trpc.programmes.create.mutationOptions());

  async function send(values: ProgrammeValues) {
    const programme = await create.mutateAsync(values);
    await queryClient.invalidateQueries(trpc.programmes.list.queryFilter());
    showFlash(t.created(programme.name), `/programmes/${programme.id}`);
    await navigate(`/programmes/${programme.id}`);
  }

  return (
    <section aria-labelledby="nouveau-programme">
      <h2 id="nouveau-programme">{t.newTitle}</h2>
      <ProgrammeForm idPrefix="nouveau-programme" submitLabel={t.submit} onSend={send} />
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
            <DataTable caption={t.tableCaption} columns={[t.colName, t.colStatus, t.colPeriod, t.colBudget]}>
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
