import { PageHeading } from "../components/page-heading";

/** Placeholder while this page is written in this change. */
export function NewApplicationPage() {
  return <PageHeading title="NewApplicationPage" ready />;
}
