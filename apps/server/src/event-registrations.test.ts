import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken, newToken } from "@cvv/db";
import { eventFactories } from "@cvv/db/testing";
import { redactUrl } from "./app.js";
import { sameOrigin, startTestServer, type TestServer } from "./testing/test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const DAY = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const unique = () => Math.random().toString(36).slice(2, 8);
const formHeaders = {
  ...sameOrigin,
  "content-type": "application/x-www-form-urlencoded",
  "sec-fetch-site": "same-origin",
};
const body = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

const upcoming = (capacity: number | null = 10) =>
  eventFactories(server.db.prisma).event({ capacity, startsAt: inDays(10) });

const rowsOf = (eventId: string) =>
  server.db.prisma.eventRegistration.findMany({
    select: { email: true, status: true },
    where: { eventId },
    orderBy: { createdAt: "asc" },
  });

describe("POST /evenements/:slug/inscription", () => {
  it("registers from a plain form and redirects to the event's page with the outcome", async () => {
    const event = await upcoming(1);
    const email = `form-${unique()}@exemple.fr`;
    const first = await server.app.inject({
      method: "POST",
      url: `/evenements/${event.slug}/inscription`,
      headers: formHeaders,
      payload: body({
        nom: "Alex Exemple",
        courriel: email.toUpperCase(),
        organisation: "Les Canaux",
        consentement: "oui",
      }),
    });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`/evenements/${event.slug}?inscription=ok#inscription`);
    const second = await server.app.inject({
      method: "POST",
      url: `/evenements/${event.slug}/inscription`,
      headers: formHeaders,
      payload: body({ nom: "Bo", courriel: `autre-${unique()}@exemple.fr`, consentement: "oui" }),
    });
    expect(second.headers.location).toBe(`/evenements/${event.slug}?inscription=attente#inscription`);
    expect((await rowsOf(event.id)).map((r) => r.status)).toEqual(["confirmed", "waiting"]);
    expect((await rowsOf(event.id))[0]?.email).toBe(email);
  });

  it("sends a refused form back with its error codes and what was typed, writing nothing", async () => {
    const event = await upcoming();
    const res = await server.app.inject({
      method: "POST",
      url: `/evenements/${event.slug}/inscription`,
      headers: formHeaders,
      payload: body({ nom: "Alex", courriel: "pas-une-adresse", organisation: "CCI" }),
    });
    expect(res.statusCode).toBe(303);
    const location = new URL(res.headers.location as string, "http://localhost");
    expect(location.pathname).toBe(`/evenements/${event.slug}`);
    expect(location.searchParams.get("erreurs")?.split(",").sort()).toEqual(["consentement", "courriel"]);
    expect(location.searchParams.get("nom")).toBe("Alex");
    expect(location.searchParams.get("courriel")).toBe("pas-une-adresse");
    expect(location.searchParams.get("organisation")).toBe("CCI");
    expect(await rowsOf(event.id)).toHaveLength(0);
  });

  it("refuses the same address twice with the duplicate code", async () => {
    const event = await upcoming();
    const payload = body({ nom: "Alex", courriel: `deux-${unique()}@exemple.fr`, consentement: "oui" });
    await server.app.inject({
      method: "POST",
      url: `/evenements/${event.slug}/inscription`,
      headers: formHeaders,
      payload,
    });
    const again = await server.app.inject({
      method: "POST",
      url: `/evenements/${event.slug}/inscription`,
      headers: formHeaders,
      payload,
    });
    expect(again.headers.location).toContain("erreurs=doublon");
    expect(await rowsOf(event.id)).toHaveLength(1);
  });

  it("refuses a past event with the closed code, and answers an unknown event with a French 404 page", async () => {
    const past = await eventFactories(server.db.prisma).event({ startsAt: inDays(-3) });
    const payload = body({ nom: "Alex", courriel: `passe-${unique()}@exemple.fr`, consentement: "oui" });
    const res = await server.app.inject({
      method: "POST",
      url: `/evenements/${past.slug}/inscription`,
      headers: formHeaders,
      payload,
    });
    expect(res.headers.location).toContain("erreurs=ferme");
    const unknown = await server.app.inject({
      method: "POST",
      url: "/evenements/nexiste-pas/inscription",
      headers: formHeaders,
      payload,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain("Événement introuvable");
    expect(unknown.body).not.toMatch(/at .*\.ts|stack/i);
  });

  it("accepts the browser's own form, posted with Origin: null under the no-referrer policy", async () => {
    const event = await upcoming();
    const res = await server.app.inject({
      method: "POST",
      url: `/evenements/${event.slug}/inscription`,
      headers: { ...formHeaders, origin: "null", "sec-fetch-site": "same-origin" },
      payload: body({ nom: "Alex", courriel: `null-${unique()}@exemple.fr`, consentement: "oui" }),
    });
    expect(res.headers.location).toContain("inscription=ok");
  });

  it("refuses a cross-site form", async () => {
    const event = await upcoming();
    for (const headers of [
      { ...formHeaders, "sec-fetch-site": "cross-site" },
      { ...formHeaders, origin: "https://malveillant.example", "sec-fetch-site": "" },
      { ...formHeaders, origin: "null", "sec-fetch-site": "cross-site" },
      { ...formHeaders, origin: "null", "sec-fetch-site": "" },
    ]) {
      const res = await server.app.inject({
        method: "POST",
        url: `/evenements/${event.slug}/inscription`,
        headers,
        payload: body({ nom: "Alex", courriel: `x-${unique()}@exemple.fr`, consentement: "oui" }),
      });
      expect(res.statusCode).toBe(403);
      expect(res.body).toContain("Requête refusée");
    }
    expect(await rowsOf(event.id)).toHaveLength(0);
  });

  it("keeps the typed address and tokens out of the logs", () => {
    expect(redactUrl("/evenements/a?erreurs=doublon&nom=Alex&courriel=a%40b.fr")).toBe(
      "/evenements/a?erreurs=doublon&nom=[masqué]&courriel=[masqué]",
    );
    expect(redactUrl("/evenements/enquete?jeton=abc")).toBe("/evenements/enquete?jeton=[masqué]");
  });
});

describe("cancellation and survey forms", () => {
  async function registration(status: "confirmed" | "waiting", attended: boolean | null = null) {
    const event = await upcoming(5);
    const token = newToken();
    await server.db.prisma.eventRegistration.create({
      select: { id: true },
      data: {
        eventId: event.id,
        name: "Alex",
        email: `r-${unique()}@exemple.fr`,
        status,
        attended,
        consentAt: new Date(),
        tokens: { create: { tokenHash: hashToken(token) } },
      },
    });
    return { event, token };
  }

  it("never cancels on GET, cancels on POST", async () => {
    const { event, token } = await registration("confirmed");
    await server.app.inject({ method: "GET", url: `/evenements/inscription/annuler?jeton=${token}` });
    expect((await rowsOf(event.id))[0]?.status).toBe("confirmed");
    const res = await server.app.inject({
      method: "POST",
      url: "/evenements/inscription/annuler",
      headers: formHeaders,
      payload: body({ jeton: token }),
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/evenements/inscription/annuler?resultat=annulee");
    expect((await rowsOf(event.id))[0]?.status).toBe("cancelled");
  });

  it("says a wrong token is invalid", async () => {
    const res = await server.app.inject({
      method: "POST",
      url: "/evenements/inscription/annuler",
      headers: formHeaders,
      payload: body({ jeton: "faux" }),
    });
    expect(res.headers.location).toBe("/evenements/inscription/annuler?resultat=invalide");
  });

  it("takes a survey response once", async () => {
    const { event, token } = await registration("confirmed", true);
    const wrong = await server.app.inject({
      method: "POST",
      url: "/evenements/enquete",
      headers: formHeaders,
      payload: body({ jeton: token, commentaire: "Bien" }),
    });
    const location = new URL(wrong.headers.location as string, "http://localhost");
    expect(location.searchParams.get("erreurs")).toBe("note");
    expect(location.searchParams.get("commentaire")).toBe("Bien");
    const first = await server.app.inject({
      method: "POST",
      url: "/evenements/enquete",
      headers: formHeaders,
      payload: body({ jeton: token, note: "5", commentaire: "Bien" }),
    });
    expect(first.headers.location).toBe("/evenements/enquete?resultat=merci");
    const second = await server.app.inject({
      method: "POST",
      url: "/evenements/enquete",
      headers: formHeaders,
      payload: body({ jeton: token, note: "2" }),
    });
    expect(second.headers.location).toBe("/evenements/enquete?resultat=deja");
    const responses = await server.db.prisma.eventSurveyResponse.findMany({
      select: { rating: true },
      where: { registration: { eventId: event.id } },
    });
    expect(responses).toEqual([{ rating: 5 }]);
  });
});
