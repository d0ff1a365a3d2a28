import { PageHeading } from "../components/page-heading";

/** Placeholder while the funding page is written in this change. */
export function ProjectFundingPage() {
  return <PageHeading title="Funding" ready />;
}
