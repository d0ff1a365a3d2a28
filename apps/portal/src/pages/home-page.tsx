import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useMemo, useRef, useState } from "react";
import { Link } from "react-router";
import { homeNewsEventsQueries, LatestPublications, NextEvents } from "../components/home-news-events";
import { homeMapQuery, MetropoleMapSection } from "../components/metropole-map";
import { InlineError, InlineLoading } from "../components/query-state";
import { PageTitle } from "../components/page-title";
import { ProjectList } from "../components/project-list";
import { byFrenchName, foldForSearch, formatDepartement } from "../format";
import { messages } from "../messages.fr";
import type { RouteLoadContext } from "../routes";
import { useTRPC } from "../trpc";
import type { ProjectSummary } from "../types";

const m = messages.home;

export const homePageQueries = ({ trpc }: RouteLoadContext) => ({
  site: trpc.site.queryOptions(),
  programmes: trpc.programmes.queryOptions(),
  projects: trpc.projects.queryOptions(),
  map: homeMapQuery(trpc),
  ...homeNewsEventsQueries(trpc),
});

export default function HomePage() {
  return (
    <>
      <PageTitle title={m.title} description={m.description}>
        {m.heading}
      </PageTitle>
      <section className="prose">
        <h2>{m.introHeading}</h2>
        {m.intro.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>
      <KeyFigures />
      <LatestPublications />
      <NextEvents />
      <ProgrammeLinks />
      <ProjectsByCommune />
      <MetropoleMapSection />
    </>
  );
}

function KeyFigures() {
  const trpc = useTRPC();
  const site = useQuery(trpc.site.queryOptions());
  return (
    <section>
      <h2>{m.figuresHeading}</h2>
      {site.isPending ? (
        <InlineLoading label={m.figuresLoading} />
      ) : site.isError ? (
        <InlineError label={m.figuresError} onRetry={() => void site.refetch()} retrying={site.isFetching} />
      ) : (
        <ul className="figures" role="list">
          <Figure value={site.data.programmeCount} label={m.figures.programmes(site.data.programmeCount)} />
          <Figure value={site.data.projectCount} label={m.figures.projects(site.data.projectCount)} />
          <Figure value={site.data.communeCount} label={m.figures.communes(site.data.communeCount)} />
        </ul>
      )}
    </section>
  );
}

function Figure({ value, label }: { value: number; label: string }) {
  return (
    <li className="figure">
      <span className="figure-value">{value.toLocaleString("fr-FR")}</span>{" "}
      <span className="figure-label">{label}</span>
    </li>
  );
}

function ProgrammeLinks() {
  const trpc = useTRPC();
  const programmes = useQuery(trpc.programmes.queryOptions());
  return (
    <section>
      <h2>{m.programmesHeading}</h2>
      {programmes.isPending ? (
        <InlineLoading label={m.programmesLoading} />
      ) : programmes.isError ? (
        <InlineError
          label={m.programmesError}
          onRetry={() => void programmes.refetch()}
          retrying={programmes.isFetching}
        />
      ) : programmes.data.length === 0 ? (
        <p>{m.programmesEmpty}</p>
      ) : (
        <ul className="card-list" role="list">
          {programmes.data.map((p) => (
            <li key={p.slug} className="card card-accent">
              <h3 className="card-title">
                <Link to={`/programmes/${p.slug}`}>{p.name}</Link>
              </h3>
              {p.summary ? <p className="card-summary">{p.summary}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface CommuneGroup {
  inseeCode: string;
  name: string;
  departement: string;
  territoryName: string | null;
  projects: ProjectSummary[];
}

function groupByCommune(projects: ProjectSummary[]): CommuneGroup[] {
  const groups = new Map<string, CommuneGroup>();
  for (const p of projects) {
    let group = groups.get(p.communeInseeCode);
    if (!group) {
      group = {
        inseeCode: p.communeInseeCode,
        name: p.communeName,
        departement: p.departement,
        territoryName: p.territoryName,
        projects: [],
      };
      groups.set(p.communeInseeCode, group);
    }
    group.projects.push(p);
  }
  return [...groups.values()].sort((a, b) => byFrenchName(a.name, b.name));
}

/** Every word typed must appear in the commune's name or the project's title. */
function matches(project: ProjectSummary, words: string[]): boolean {
  const haystack = foldForSearch(`${project.communeName} ${project.title}`);
  return words.every((w) => haystack.includes(w));
}

function ProjectsByCommune() {
  const trpc = useTRPC();
  const projects = useQuery(trpc.projects.queryOptions());
  const [filter, setFilter] = useState("");
  // Typing stays responsive while a long list re-renders.
  const deferredFilter = useDeferredValue(filter);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();

  const groups = useMemo(() => {
    const words = foldForSearch(deferredFilter).split(" ").filter(Boolean);
    const visible = (projects.data ?? []).filter((p) => matches(p, words));
    return groupByCommune(visible);
  }, [projects.data, deferredFilter]);
  const shownCount = groups.reduce((n, g) => n + g.projects.length, 0);

  return (
    <section aria-labelledby="projets-par-commune">
      <h2 id="projets-par-commune">{m.projectsHeading}</h2>
      {projects.isPending ? (
        <InlineLoading label={m.projectsLoading} />
      ) : projects.isError ? (
        <InlineError label={m.projectsError} onRetry={() => void projects.refetch()} retrying={projects.isFetching} />
      ) : projects.data.length === 0 ? (
        <p>{m.projectsEmpty}</p>
      ) : (
        <>
          {/* Filtering happens as one types; the form only gives it a search landmark. */}
          <form role="search" className="filter" onSubmit={(e) => e.preventDefault()}>
            <label htmlFor={inputId} className="filter-label">
              {m.filterLabel}
            </label>
            <p id={hintId} className="hint">
              {m.filterHint}
            </p>
            <div className="filter-row">
              <input
                ref={inputRef}
                id={inputId}
                type="search"
                className="input"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                aria-describedby={hintId}
                autoComplete="off"
                spellCheck={false}
              />
              {filter ? (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    setFilter("");
                    inputRef.current?.focus();
                  }}
                >
                  {m.filterClear}
                </button>
              ) : null}
            </div>
          </form>
          {/* Always present, so that screen readers announce each change of the count. */}
          <p role="status" className="filter-result">
            {shownCount === 0 ? m.filterNone(deferredFilter.trim()) : m.filterResult(shownCount, groups.length)}
          </p>
          <ul className="commune-groups" role="list">
            {groups.map((g) => (
              <li key={g.inseeCode} className="commune-group">
                {/* The commune's own link comes after its projects, so that a project is the
                    first thing reached (by keyboard or by link name) in each group. */}
                <h3 className="commune-group-title">{g.name}</h3>
                <p className="commune-group-meta">
                  {formatDepartement(g.departement)}
                  {g.territoryName ? (
                    <>
                      {" "}
                      <span aria-hidden="true">{messages.separator}</span> {g.territoryName}
                    </>
                  ) : null}
                </p>
                <ProjectList projects={g.projects} headingLevel={4} />
                <p className="commune-group-link">
                  <Link to={`/communes/${g.inseeCode}`}>{m.communeProjectsLink(g.name)}</Link>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
