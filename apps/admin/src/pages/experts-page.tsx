import { PageHeading } from "../components/page-heading";

/** Placeholder while this page is written in this change. */
export function ExpertsPage() {
  return <PageHeading title="ExpertsPage" ready />;
}
