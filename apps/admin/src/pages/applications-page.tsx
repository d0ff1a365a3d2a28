import { PageHeading } from "../components/page-heading";

/** Placeholder while this page is written in this change. */
export function ApplicationsPage() {
  return <PageHeading title="ApplicationsPage" ready />;
}
