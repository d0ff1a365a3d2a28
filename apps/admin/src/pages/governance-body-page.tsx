import { PageHeading } from "../components/page-heading";

/** Placeholder while this page is written in this change. */
export function GovernanceBodyPage() {
  return <PageHeading title="GovernanceBodyPage" ready />;
}
