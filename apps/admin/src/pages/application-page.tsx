import { PageHeading } from "../components/page-heading";

/** Placeholder while this page is written in this change. */
export function ApplicationPage() {
  return <PageHeading title="ApplicationPage" ready />;
}
