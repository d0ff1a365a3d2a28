import { Link } from "react-router";
import { messages } from "../messages.fr";

/** The public projects an event or a publication is about, as links; nothing when there are none. */
export function LinkedProjects({ projects }: { projects: { slug: string; title: string; communeName: string }[] }) {
  if (projects.length === 0) return null;
  return (
    <section>
      <h2>{messages.publications.projectsHeading}</h2>
      <ul role="list" className="link-list">
        {projects.map((p) => (
          <li key={p.slug}>
            <Link to={`/projets/${p.slug}`}>{messages.publications.projectInline(p.title, p.communeName)}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
