import { Link, useSearchParams } from "react-router";
import { Breadcrumb } from "../components/breadcrumb";
import { PageTitle } from "../components/page-title";
import { messages } from "../messages.fr";

const m = messages.eventSurvey;
type Result = keyof typeof m.results;
type ErrorCode = keyof typeof m.errors;
const ratings = [1, 2, 3, 4, 5] as const;

/**
 * The satisfaction survey, from the link mailed after the event to those present: a rating from
 * 1 to 5 and a comment, posted as a plain form to the server, one response per registration.
 */
export default function EventSurveyPage() {
  const [search] = useSearchParams();
  const token = search.get("jeton");
  const result = search.get("resultat");
  const known = result !== null && result in m.results ? (result as Result) : null;
  const errors = (search.get("erreurs") ?? "").split(",").filter((code): code is ErrorCode => code in m.errors);
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
        <div className={known === "invalide" ? "notice notice-error" : "notice"} role="status">
          <p>{m.results[known]}</p>
        </div>
      ) : token ? (
        <>
          {errors.length > 0 ? (
            <div className="notice notice-error" role="alert" aria-labelledby="enquete-erreurs">
              <p id="enquete-erreurs">
                <strong>{m.errorSummary}</strong>
              </p>
              <ul>
                {errors.map((code) => (
                  <li key={code}>
                    <a href={code === "note" ? "#note-1" : "#commentaire"}>{m.errors[code]}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p>{m.intro}</p>
          <form id="enquete" method="post" action="/evenements/enquete" className="public-form">
            <input type="hidden" name="jeton" value={token} />
            <fieldset className="rating-choices" aria-describedby={errors.includes("note") ? "note-erreur" : undefined}>
              <legend>
                {m.rating} <abbr title={m.ratingRequired}>*</abbr>
              </legend>
              {errors.includes("note") ? (
                <p id="note-erreur" className="field-error">
                  {m.errors.note}
                </p>
              ) : null}
              {ratings.map((n) => (
                <div key={n}>
                  <input type="radio" id={`note-${n}`} name="note" value={n} required />{" "}
                  <label htmlFor={`note-${n}`}>{m.ratings[n]}</label>
                </div>
              ))}
            </fieldset>
            <div className="form-field">
              <label htmlFor="commentaire">{m.comment}</label>
              <p id="commentaire-aide" className="hint">
                {m.commentHint}
              </p>
              {errors.includes("commentaire") ? (
                <p id="commentaire-erreur" className="field-error">
                  {m.errors.commentaire}
                </p>
              ) : null}
              <textarea
                id="commentaire"
                name="commentaire"
                className="input"
                rows={5}
                maxLength={2000}
                defaultValue={search.get("commentaire") ?? ""}
                aria-invalid={errors.includes("commentaire") ? true : undefined}
                aria-describedby={["commentaire-aide", errors.includes("commentaire") ? "commentaire-erreur" : null]
                  .filter(Boolean)
                  .join(" ")}
              />
            </div>
            <button type="submit" className="button">
              {m.submit}
            </button>
          </form>
        </>
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
