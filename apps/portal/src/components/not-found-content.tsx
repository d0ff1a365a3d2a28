import { Link } from "react-router";
import { messages } from "../messages.fr";
import { PageTitle } from "./page-title";

const m = messages.notFound;

/**
 * The same page for an unknown address and an unknown slug. The server answers 200 for every
 * address (single-page app), so only the content says "introuvable".
 */
export function NotFoundContent({ body = m.body }: { body?: string }) {
  return (
    <>
      <PageTitle title={m.title} description={m.description} />
      <div className="prose">
        <p>{body}</p>
        <p>{m.checkAddress}</p>
        <p>
          <Link to="/">{m.backHome}</Link>
        </p>
      </div>
    </>
  );
}
