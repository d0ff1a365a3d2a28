import { PageHeading } from "../components/page-heading";

/** Placeholder while the plan page is written in this change. */
export function ProjectPlanPage() {
  return <PageHeading title="Plan" ready />;
}
