import { Link } from "react-router";
import { messages } from "../messages.fr";
import { PageTitle } from "./page-title";

const m = messages.notFound;

/**
 * The same page for an unknown address and for a programme, project or commune the public cannot
 * see. The server's 404 on such addresses is for crawlers and browsers, and comes with the same
 * app shell; navigations inside the app never reach the server at all. People learn the page is
 * missing only from this content.
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
