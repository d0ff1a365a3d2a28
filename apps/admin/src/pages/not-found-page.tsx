import { Link } from "react-router";
import { PageHeading } from "../components/page-heading";
import { messages } from "../messages.fr";

export function NotFoundPage() {
  return (
    <>
      <PageHeading title={messages.notFound.title} />
      <p>{messages.notFound.text}</p>
      <p>
        <Link to="/">{messages.common.backHome}</Link>
      </p>
    </>
  );
}
