import { PageHeading } from "../components/page-heading";

/** Placeholder while this page is written in this change. */
export function ProjectRolesPage() {
  return <PageHeading title="ProjectRolesPage" ready />;
}
