import { useMutation, useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useNavigate } from "react-router";
import { DataTable } from "../components/data-table";
import { ErrorSummary } from "../components/error-summary";
import { SelectField, TextField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { showFlash } from "../lib/flash";
import { clientErrors, fieldMessage, formFields, useSending } from "../lib/form";
import { messages } from "../messages.fr";
import { queryClient, trpc } from "../trpc";

const t = messages.reports;
const fields = formFields("nouveau-bilan", { programmeId: t.programme, year: t.year });

function NewReport() {
  const navigate = useNavigate();
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const create = useMutation(trpc.reports.create.mutationOptions());
  const [programmeId, setProgrammeId] = useState("");
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const { error, pending, send } = useSending();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = /^\d{4}$/.test(year.trim()) ? Number(year.trim()) : NaN;
    const found = clientErrors({
      programmeId: !programmeId && t.programmeMissing,
      year: (Number.isNaN(parsed) || parsed < 2000 || parsed > 2100) && t.yearInvalid,
    });
    void send("send", found, async () => {
      const report = await create.mutateAsync({ programmeId, year: parsed });
      await queryClient.invalidateQueries(trpc.reports.list.queryFilter());
      showFlash(t.created(report.title), `/rapports/${report.id}`);
      await navigate(`/rapports/${report.id}`);
    });
  }

  return (
    <section aria-labelledby="nouveau-bilan-titre">
      <h2 id="nouveau-bilan-titre">{t.newTitle}</h2>
      <form noValidate onSubmit={onSubmit}>
        <ErrorSummary error={error} fields={fields.summary} />
        <div className="field-row">
          <SelectField
            id={fields.id("programmeId")}
            label={t.programme}
            required
            value={programmeId}
            onChange={(e) => setProgrammeId(e.target.value)}
            error={fieldMessage(error, "programmeId")}
          >
            <option value="">{t.programmeChoose}</option>
            {(programmes.data ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <TextField
            id={fields.id("year")}
            label={t.year}
            hint={t.yearHint}
            required
            inputMode="numeric"
            autoComplete="off"
            value={year}
            onChange={(e) => setYear(e.target.value)}
            error={fieldMessage(error, "year")}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={pending !== null}>
            {t.create}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The annual reports of every programme, and a form to start one. */
export function ReportsPage() {
  const reports = useQuery(trpc.reports.list.queryOptions());
  return (
    <>
      <PageHeading title={t.title} />
      <p>{t.intro}</p>
      <QueryBoundary query={reports}>
        {(list) =>
          list.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <DataTable
              caption={t.listCaption(list.length)}
              columns={[t.colTitle, t.colYear, t.colProgramme, t.colStatus, t.colVersions]}
            >
              {list.map((report) => (
                <tr key={report.id}>
                  <th scope="row">
                    <Link to={`/rapports/${report.id}`}>{report.title}</Link>
                  </th>
                  <td>{report.year}</td>
                  <td>{report.programmeName}</td>
                  <td>{t.status[report.status]}</td>
                  <td className="numeric">{report.snapshotCount}</td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryBoundary>
      <NewReport />
    </>
  );
}
