import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { Options, SelectField } from "../components/form-field";
import { PageHeading } from "../components/page-heading";
import { ProjectsTable } from "../components/projects-table";
import { QueryBoundary } from "../components/query-state";
import type { ProjectStatus } from "../lib/api-types";
import { messages } from "../messages.fr";
import { trpc } from "../trpc";

const t = messages.projects;
const statuses = Object.keys(messages.projectStatus) as ProjectStatus[];
const isStatus = (value: string | null): value is ProjectStatus => statuses.includes(value as ProjectStatus);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Filters live in the address (?statut=…&programme=…), so a filtered list can be bookmarked and shared. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const status = params.get("statut");
  const programmeId = params.get("programme");
  // Set by links from elsewhere (a commune found by the search box), not by the form.
  const commune = params.get("commune");
  return {
    status: isStatus(status) ? status : undefined,
    programmeId: programmeId && UUID.test(programmeId) ? programmeId : undefined,
    communeInseeCode: commune && /^\d[\dAB]\d{3}$/.test(commune) ? commune : undefined,
    apply(next: { status: string; programmeId: string }) {
      const search = new URLSearchParams();
      if (commune) search.set("commune", commune);
      if (next.status) search.set("statut", next.status);
      if (next.programmeId) search.set("programme", next.programmeId);
      setParams(search);
    },
  };
}

function Filters({ filters }: { filters: ReturnType<typeof useFilters> }) {
  const programmes = useQuery(trpc.programmes.list.queryOptions());
  const [status, setStatus] = useState<string>(filters.status ?? "");
  const [programmeId, setProgrammeId] = useState<string>(filters.programmeId ?? "");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    filters.apply({ status, programmeId });
  }

  return (
    <form className="filters" role="search" aria-labelledby="filtres-titre" onSubmit={onSubmit}>
      <h2 id="filtres-titre" className="filters__title">
        {t.filters}
      </h2>
      <div className="field-row">
        <SelectField
          id="filtre-statut"
          label={t.filterStatus}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        >
          <option value="">{t.filterAll}</option>
          <Options values={statuses} labels={messages.projectStatus} />
        </SelectField>
        <SelectField
          id="filtre-programme"
          label={t.filterProgramme}
          value={programmeId}
          onChange={(e) => setProgrammeId(e.target.value)}
        >
          <option value="">{t.filterAll}</option>
          {(programmes.data ?? []).map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t.filterSubmit}
        </button>
        {(filters.status || filters.programmeId || filters.communeInseeCode) && (
          <Link
            to="/projets"
            className="button button--secondary"
            onClick={() => {
              setStatus("");
              setProgrammeId("");
            }}
          >
            {t.filterReset}
          </Link>
        )}
      </div>
    </form>
  );
}

export function ProjectsPage() {
  const filters = useFilters();
  const input = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.programmeId ? { programmeId: filters.programmeId } : {}),
    ...(filters.communeInseeCode ? { communeInseeCode: filters.communeInseeCode } : {}),
  };
  const projects = useQuery(trpc.projects.list.queryOptions(input));

  return (
    <>
      <PageHeading title={t.title} />
      <Filters filters={filters} />
      {/* Announces the new count after filtering, as the table itself changes silently. */}
      <p role="status" className="result-count">
        {projects.data ? (projects.data.length === 0 ? t.empty : t.caption(projects.data.length)) : ""}
      </p>
      <QueryBoundary query={projects}>
        {(list) =>
          list.length === 0 ? null : (
            <ProjectsTable
              caption={t.caption(list.length)}
              projects={list}
              show={["programme", "edition", "pendingReviews"]}
            />
          )
        }
      </QueryBoundary>
    </>
  );
}
