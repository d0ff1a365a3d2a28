import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  answerSurvey,
  cancelRegistration,
  crossOriginRefusal,
  registerForEvent,
  type RegistrationField,
} from "@cvv/api";
import type { ContextFactory } from "./uploads.js";

/** The form's field names (French, as the portal's form posts them) for each field of the service. */
const formNames: Record<RegistrationField, string> = {
  name: "nom",
  email: "courriel",
  organisation: "organisation",
  consent: "consentement",
};

/** A form is a few short fields: anything bigger is not one of ours. */
const FORM_BODY_LIMIT = 16 * 1024;

/** A French page for the refusals that have no form to go back to (another site, unknown event). */
function messagePage(title: string, message: string, back: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – Centres-villes vivants</title></head><body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">Retour</a></p></main></body></html>`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const field = (body: unknown, name: string): string | undefined => {
  const value = (body as Record<string, unknown> | null)?.[name];
  return typeof value === "string" ? value : undefined;
};

/** Checks the request comes from the site's own pages; answers the refusal itself. */
async function sameSite(createContext: ContextFactory, req: FastifyRequest, reply: FastifyReply, back: string) {
  const ctx = await createContext({ req, res: reply });
  // The site sends Referrer-Policy: no-referrer, so a browser posts its own forms with
  // "Origin: null"; Sec-Fetch-Site, which no page can forge, then says whether it is ours.
  const http =
    ctx.http?.origin === "null" && ctx.http.secFetchSite === "same-origin" ? { ...ctx.http, origin: null } : ctx.http;
  const refusal = http ? crossOriginRefusal(http, ctx.config.trustedOrigins) : null;
  if (refusal) {
    await reply
      .code(403)
      .type("text/html; charset=utf-8")
      .send(messagePage("Requête refusée", refusal, back));
    return null;
  }
  return ctx;
}

/**
 * The portal's forms about events, posted as plain HTML forms so that they work without
 * JavaScript: registration, cancellation (POST only: a link scanner opening the e-mail's link
 * with GET never cancels) and the satisfaction survey. Each answers with a 303 to a portal page
 * that says what happened; a refused form goes back to its page with the error codes and what
 * was typed in the query string (the portal shows the messages next to the fields).
 */
export async function eventRegistrationRoutes(app: FastifyInstance, opts: { createContext: ContextFactory }) {
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: FORM_BODY_LIMIT },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  // Stricter than browsing: a form posted 30 times a minute from one address is a robot.
  const formRateLimit = { rateLimit: { max: 30, timeWindow: "1 minute" } };

  app.post<{ Params: { slug: string } }>(
    "/evenements/:slug/inscription",
    { config: formRateLimit },
    async (req, reply) => {
      const slug = req.params.slug;
      const page = `/evenements/${encodeURIComponent(slug)}`;
      const ctx = await sameSite(opts.createContext, req, reply, page);
      if (!ctx) return reply;
      const typed = {
        name: field(req.body, "nom") ?? "",
        email: field(req.body, "courriel") ?? "",
        organisation: field(req.body, "organisation") ?? "",
      };
      const outcome = await registerForEvent(ctx, slug, {
        ...typed,
        consent: field(req.body, "consentement") === "oui",
      });
      if (outcome.ok) {
        if (!outcome.value.mailSent) req.log.error({ slug }, "courriel d'inscription non envoyé");
        return reply.redirect(
          `${page}?inscription=${outcome.value.status === "confirmed" ? "ok" : "attente"}#inscription`,
          303,
        );
      }
      const { error } = outcome;
      if (error.code === "NOT_FOUND") {
        return reply
          .code(404)
          .type("text/html; charset=utf-8")
          .send(messagePage("Événement introuvable", error.message, "/evenements"));
      }
      const codes =
        error.code === "CONFLICT"
          ? ["doublon"]
          : Object.keys(error.fields).length > 0
            ? (Object.keys(error.fields) as RegistrationField[]).map((f) => formNames[f])
            : ["ferme"];
      const query = new URLSearchParams({
        erreurs: codes.join(","),
        nom: typed.name.slice(0, 200),
        courriel: typed.email.slice(0, 254),
        organisation: typed.organisation.slice(0, 200),
      });
      return reply.redirect(`${page}?${query.toString()}#inscription`, 303);
    },
  );

  app.post("/evenements/inscription/annuler", { config: formRateLimit }, async (req, reply) => {
    const page = "/evenements/inscription/annuler";
    const ctx = await sameSite(opts.createContext, req, reply, page);
    if (!ctx) return reply;
    const outcome = await cancelRegistration(ctx, field(req.body, "jeton"));
    const result = !outcome.ok
      ? outcome.error.code === "INVALID" && outcome.error.field === "jeton"
        ? "invalide"
        : "terminee"
      : outcome.value.alreadyCancelled
        ? "deja"
        : "annulee";
    return reply.redirect(`${page}?resultat=${result}`, 303);
  });

  app.post("/evenements/enquete", { config: formRateLimit }, async (req, reply) => {
    const page = "/evenements/enquete";
    const ctx = await sameSite(opts.createContext, req, reply, page);
    if (!ctx) return reply;
    const token = field(req.body, "jeton") ?? "";
    const comment = field(req.body, "commentaire") ?? "";
    const outcome = await answerSurvey(ctx, { token, rating: field(req.body, "note") ?? "", comment });
    if (outcome.ok) return reply.redirect(`${page}?resultat=merci`, 303);
    const { error } = outcome;
    if (error.fields.token) return reply.redirect(`${page}?resultat=invalide`, 303);
    if (error.code === "CONFLICT") return reply.redirect(`${page}?resultat=deja`, 303);
    const codes = [...(error.fields.rating ? ["note"] : []), ...(error.fields.comment ? ["commentaire"] : [])];
    const query = new URLSearchParams({ jeton: token, erreurs: codes.join(",") });
    // The page's address has a length limit: a long comment is given back only when it fits.
    if (encodeURIComponent(comment).length <= 700) query.set("commentaire", comment);
    return reply.redirect(`${page}?${query.toString()}#enquete`, 303);
  });
}
