import { Link } from "react-router";
import { messages } from "../messages.fr";
import type { ProjectSummary } from "../types";
import { StatusTag } from "./status-tag";

const m = messages.project;

interface ProjectListProps {
  projects: ProjectSummary[];
  /** Project titles are headings, so that screen-reader users can jump between them. */
  headingLevel: 3 | 4;
  /** Redundant on a commune's own page, useful everywhere else. */
  showCommune?: boolean;
  /** Several columns on wide screens, for long lists. */
  grid?: boolean;
}

export function ProjectList({ projects, headingLevel, showCommune = false, grid = false }: ProjectListProps) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    // role="list": Safari drops list semantics from lists styled without bullets.
    <ul className={grid ? "card-list card-grid" : "card-list"} role="list">
      {projects.map((p) => (
        <li key={p.slug} className="card">
          <Heading className="card-title">
            <Link to={`/projets/${p.slug}`}>{p.title}</Link>
          </Heading>
          {p.summary ? <p className="card-summary">{p.summary}</p> : null}
          <ul className="meta-list" role="list">
            <li>
              {messages.labelPrefix(m.statusLabel)}
              <StatusTag status={p.status} />
            </li>
            {showCommune ? <li>{m.communeInline(p.communeName)}</li> : null}
            {p.editionName ? <li>{m.editionInline(p.editionName)}</li> : null}
          </ul>
        </li>
      ))}
    </ul>
  );
}
