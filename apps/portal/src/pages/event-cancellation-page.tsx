import { Link, useSearchParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { messages } from "../messages.fr";

const m = messages.eventCancellation;
type Result = keyof typeof m.results;

/**
 * Opened from the e-mail's link: the page only asks for confirmation, and the button posts the
 * token to the server. Opening the link (a mail scanner does) never cancels anything.
 */
export default function EventCancellationPage() {
  const [search] = useSearchParams();
  const token = search.get("jeton");
  const result = search.get("resultat");
  const known = result !== null && result in m.results ? (result as Result) : null;
  return (
    <>
      <Breadcrumb
        items={[
          { label: messages.layout.navHome, to: "/" },
          { label: messages.events.title, to: "/evenements" },
          { label: m.title },
        ]}
      />
      <PageTitle title={m.title} description={m.description} />
      {known ? (
        <div className={known === "annulee" || known === "deja" ? "notice" : "notice notice-error"} role="status">
          <p>{m.results[known]}</p>
        </div>
      ) : token ? (
        <form method="post" action="/evenements/inscription/annuler" className="public-form">
          <p>{m.confirmText}</p>
          <input type="hidden" name="jeton" value={token} />
          <button type="submit" className="button">
            {m.submit}
          </button>
        </form>
      ) : (
        <div className="notice notice-error" role="status">
          <p>{m.missingToken}</p>
        </div>
      )}
      <p>
        <Link to="/evenements">{m.backToEvents}</Link>
      </p>
    </>
  );
}
