import { useSearchParams } from "react-router";
import { messages } from "../messages.fr";

const m = messages.eventRegistration;

type ErrorCode = keyof typeof m.errors;
type FieldCode = "nom" | "courriel" | "organisation" | "consentement";

interface EventRegistrationFormProps {
  slug: string;
  placesLeft: number | null;
  registrationOpen: boolean;
}

/** Where each error's link in the summary leads: the field, or the e-mail field for a duplicate. */
const targetOf = (code: ErrorCode): string =>
  code === "doublon" ? "courriel" : code === "ferme" ? "inscription-titre" : code;

/**
 * The registration form, posted as a plain HTML form to the server (works without JavaScript).
 * A refused form comes back to this page with the error codes and what was typed in the address
 * (see apps/server/src/event-registrations.ts): the messages are shown in a summary at the top
 * and next to each field, and the fields keep their values.
 */
export function EventRegistrationForm({ slug, placesLeft, registrationOpen }: EventRegistrationFormProps) {
  const [search] = useSearchParams();
  const outcome = search.get("inscription");
  const errors = (search.get("erreurs") ?? "").split(",").filter((code): code is ErrorCode => code in m.errors);
  const fieldError = (code: FieldCode): string | null => {
    if (code === "courriel" && errors.includes("doublon")) return m.errors.doublon;
    return errors.includes(code) ? m.errors[code] : null;
  };
  const describedBy = (code: FieldCode, hint?: string) =>
    [hint, fieldError(code) ? `${code}-erreur` : null].filter(Boolean).join(" ") || undefined;
  const full = placesLeft === 0;
  // Shown for events open to registration only, or to say why a form just sent was refused.
  if (!registrationOpen && !outcome && !errors.includes("ferme")) return null;

  return (
    <section id="inscription" aria-labelledby="inscription-titre" className="registration">
      <h2 id="inscription-titre" tabIndex={-1}>
        {m.heading}
      </h2>
      {outcome === "ok" || outcome === "attente" ? (
        <div className="notice" role="status">
          <p>{outcome === "ok" ? m.confirmed : m.waiting}</p>
        </div>
      ) : !registrationOpen ? (
        <p>{m.closed}</p>
      ) : (
        <>
          {errors.length > 0 ? (
            <div className="notice notice-error" role="alert" aria-labelledby="inscription-erreurs">
              <p id="inscription-erreurs">
                <strong>{m.errorSummary}</strong>
              </p>
              <ul>
                {errors.map((code) => (
                  <li key={code}>
                    <a href={`#${targetOf(code)}`}>{m.errors[code]}</a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {full ? (
            <p>
              <strong>{m.full}</strong>
            </p>
          ) : placesLeft !== null ? (
            <p>{m.placesLeft(placesLeft)}</p>
          ) : null}
          <p className="hint">{m.intro}</p>
          <form method="post" action={`/evenements/${slug}/inscription`} className="registration-form">
            <div className="form-field">
              <label htmlFor="nom">
                {m.name} <abbr title={m.required}>*</abbr>
              </label>
              {fieldError("nom") ? (
                <p id="nom-erreur" className="field-error">
                  {fieldError("nom")}
                </p>
              ) : null}
              <input
                id="nom"
                name="nom"
                className="input"
                autoComplete="name"
                required
                maxLength={200}
                defaultValue={search.get("nom") ?? ""}
                aria-invalid={fieldError("nom") ? true : undefined}
                aria-describedby={describedBy("nom")}
              />
            </div>
            <div className="form-field">
              <label htmlFor="courriel">
                {m.email} <abbr title={m.required}>*</abbr>
              </label>
              <p id="courriel-aide" className="hint">
                {m.emailHint}
              </p>
              {fieldError("courriel") ? (
                <p id="courriel-erreur" className="field-error">
                  {fieldError("courriel")}
                </p>
              ) : null}
              <input
                id="courriel"
                name="courriel"
                type="email"
                className="input"
                autoComplete="email"
                required
                maxLength={254}
                defaultValue={search.get("courriel") ?? ""}
                aria-invalid={fieldError("courriel") ? true : undefined}
                aria-describedby={describedBy("courriel", "courriel-aide")}
              />
            </div>
            <div className="form-field">
              <label htmlFor="organisation">{m.organisation}</label>
              <p id="organisation-aide" className="hint">
                {m.organisationHint}
              </p>
              {fieldError("organisation") ? (
                <p id="organisation-erreur" className="field-error">
                  {fieldError("organisation")}
                </p>
              ) : null}
              <input
                id="organisation"
                name="organisation"
                className="input"
                autoComplete="organization"
                maxLength={200}
                defaultValue={search.get("organisation") ?? ""}
                aria-invalid={fieldError("organisation") ? true : undefined}
                aria-describedby={describedBy("organisation", "organisation-aide")}
              />
            </div>
            <div className="form-field form-field-check">
              <p id="consentement-notice" className="hint">
                {m.notice} <a href="/donnees-personnelles">{m.noticeLink}</a>
              </p>
              {fieldError("consentement") ? (
                <p id="consentement-erreur" className="field-error">
                  {fieldError("consentement")}
                </p>
              ) : null}
              <input
                id="consentement"
                name="consentement"
                type="checkbox"
                value="oui"
                required
                aria-invalid={fieldError("consentement") ? true : undefined}
                aria-describedby={["consentement-notice", fieldError("consentement") ? "consentement-erreur" : null]
                  .filter(Boolean)
                  .join(" ")}
              />{" "}
              <label htmlFor="consentement">
                {m.consent} <abbr title={m.required}>*</abbr>
              </label>
            </div>
            <button type="submit" className="button">
              {full ? m.submitWaiting : m.submit}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
