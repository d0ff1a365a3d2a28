import { Link } from "react-router";
import type { ProjectListItem } from "../lib/api-types";
import { communeLabel } from "../lib/communes";
import { messages } from "../messages.fr";
import { DataTable } from "./data-table";
import { StatusBadge } from "./status-badge";

const t = messages.projects;

/** Columns a list leaves out where they would repeat one value on every row (the programme, on its own page). */
export type OptionalProjectColumn = "programme" | "edition" | "pendingReviews";

/** Projects as a table: every list of projects reads the same, title first, linked to the project. */
export function ProjectsTable({
  caption,
  projects,
  show,
}: {
  caption: string;
  projects: readonly ProjectListItem[];
  show: readonly OptionalProjectColumn[];
}) {
  const has = (column: OptionalProjectColumn) => show.includes(column);
  const columns = [
    t.colTitle,
    t.colCommune,
    ...(has("programme") ? [t.colProgramme] : []),
    ...(has("edition") ? [t.colEdition] : []),
    t.colStatus,
    ...(has("pendingReviews") ? [t.colPending] : []),
  ];
  return (
    <DataTable caption={caption} columns={columns}>
      {projects.map((project) => (
        <tr key={project.id}>
          <th scope="row">
            <Link to={`/projets/${project.id}`}>{project.title}</Link>
          </th>
          <td>{communeLabel({ name: project.communeName, departement: project.departement })}</td>
          {has("programme") && <td>{project.programmeName}</td>}
          {has("edition") && <td>{project.editionName ?? messages.common.none}</td>}
          <td>
            <StatusBadge kind="project" status={project.status} />
          </td>
          {has("pendingReviews") && <td className="numeric">{project.pendingReviews}</td>}
        </tr>
      ))}
    </DataTable>
  );
}
