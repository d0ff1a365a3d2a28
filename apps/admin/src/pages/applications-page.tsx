import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { useCurrentUser } from "../components/current-user";
import { DataTable } from "../components/data-table";
import { Options, SelectField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { QueryBoundary } from "../components/query-state";
import { StatusBadge } from "../components/status-badge";
import type { Outputs } from "../lib/api-types";
import { formatDateTime } from "../lib/format";
import { isStaff } from "../lib/permissions";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";

const t = messages.applications;
type ApplicationItem = Outputs["applications"]["list"][number];
type ApplicationStatus = ApplicationItem["status"];
const statuses = Object.keys(t.status) as ApplicationStatus[];
const isStatus = (value: string | null): value is ApplicationStatus => statuses.includes(value as ApplicationStatus);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Filters live in the address (?edition=…&statut=…), so a filtered list can be bookmarked and shared. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const status = params.get("statut");
  const editionId = params.get("edition");
  return {
    status: isStatus(status) ? status : undefined,
    editionId: editionId && UUID.test(editionId) ? editionId : undefined,
    apply(next: { status: string; editionId: string }) {
      const search = new URLSearchParams();
      if (next.editionId) search.set("edition", next.editionId);
      if (next.status) search.set("statut", next.status);
      setParams(search);
    },
  };
}

function Filters({ filters }: { filters: ReturnType<typeof useFilters> }) {
  const editions = useQuery(trpc.applications.editions.queryOptions());
  const [status, setStatus] = useState<string>(filters.status ?? "");
  const [editionId, setEditionId] = useState<string>(filters.editionId ?? "");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    filters.apply({ status, editionId });
  }

  return (
    <form className="filters" role="search" aria-labelledby="filtres-titre" onSubmit={onSubmit}>
      <h2 id="filtres-titre" className="filters__title">
        {t.filters}
      </h2>
      <div className="field-row">
        <SelectField
          id="filtre-edition"
          label={t.filterEdition}
          value={editionId}
          onChange={(e) => setEditionId(e.target.value)}
        >
          <option value="">{t.filterAll}</option>
          {(editions.data ?? []).map((edition) => (
            <option key={edition.id} value={edition.id}>
              {t.editionLabel(edition.name, edition.programmeName)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="filtre-statut"
          label={t.filterStatus}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        >
          <option value="">{t.filterAll}</option>
          <Options values={statuses} labels={t.status} />
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t.filterSubmit}
        </button>
        {(filters.status || filters.editionId) && (
          <Link
            to="/candidatures"
            className="button button--secondary"
            onClick={() => {
              setStatus("");
              setEditionId("");
            }}
          >
            {t.filterReset}
          </Link>
        )}
      </div>
    </form>
  );
}

function ApplicationsTable({ applications }: { applications: readonly ApplicationItem[] }) {
  return (
    <DataTable
      caption={t.caption(applications.length)}
      columns={[t.colTitle, t.colCommune, t.colEdition, t.colStatus, t.colSubmitted]}
    >
      {applications.map((application) => (
        <tr key={application.id}>
          <th scope="row">
            <Link to={`/candidatures/${application.id}`}>{application.title}</Link>
          </th>
          <td>{application.communeName}</td>
          <td>{t.editionLabel(application.editionName, application.programmeName)}</td>
          <td>
            <StatusBadge kind="application" status={application.status} />
          </td>
          <td>{application.submittedAt ? formatDateTime(application.submittedAt) : t.notSubmitted}</td>
        </tr>
      ))}
    </DataTable>
  );
}

export function ApplicationsPage() {
  const user = useCurrentUser();
  const staff = isStaff(user);
  const filters = useFilters();
  const input = {
    ...(filters.editionId ? { editionId: filters.editionId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const applications = useQuery(trpc.applications.list.queryOptions(input));
  const filtered = filters.editionId !== undefined || filters.status !== undefined;

  return (
    <>
      <PageHeading title={t.title} />
      <p>{staff ? t.intro : t.introContributor}</p>
      {!staff && (
        <p>
          <Link to="/candidatures/nouvelle" className="button button--primary">
            {t.applyLink}
          </Link>
        </p>
      )}
      <Filters filters={filters} />
      {/* Announces the new count after filtering, as the table itself changes silently. */}
      <p role="status" className="result-count">
        {applications.data
          ? applications.data.length === 0
            ? staff || filtered
              ? t.empty
              : t.emptyContributor
            : t.caption(applications.data.length)
          : ""}
      </p>
      <QueryBoundary query={applications}>
        {(list) => (list.length === 0 ? null : <ApplicationsTable applications={list} />)}
      </QueryBoundary>
    </>
  );
}
