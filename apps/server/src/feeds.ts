import type { FastifyInstance } from "fastify";
import { eventIcs, eventsIcsFeed, newsAtomFeed, robotsTxt, sitemapXml, type Context } from "@cvv/api";
import type { ContextFactory } from "./uploads.js";

/** Feed readers and calendars poll: a few minutes of reuse spares the database without delaying news much. */
const MAX_AGE_SECONDS = 300;
const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Subscriptions to the portal, without a session: the Atom feed of news and initiatives, the
 * iCalendar feed of events and one event's file to add to a calendar; and for search engines,
 * the sitemap and robots.txt. Links in them are
 * absolute, from PUBLIC_URL or the request's own host (the context's publicUrl).
 */
export async function feedRoutes(app: FastifyInstance, { createContext }: { createContext: ContextFactory }) {
  // A whole document built from the public data, the same for every reader of that address.
  const document = (path: string, type: string, build: (ctx: Context) => Promise<string> | string) =>
    app.get(path, async (req, reply) => {
      const ctx = await createContext({ req, res: reply });
      return reply
        .header("content-type", `${type}; charset=utf-8`)
        .header("cache-control", `public, max-age=${MAX_AGE_SECONDS}`)
        .send(await build(ctx));
    });

  document("/flux/actualites.atom", "application/atom+xml", (ctx) => newsAtomFeed(ctx, ctx.config.publicUrl));
  document("/sitemap.xml", "application/xml", (ctx) => sitemapXml(ctx, ctx.config.publicUrl));
  document("/robots.txt", "text/plain", (ctx) => robotsTxt(ctx.config.publicUrl));

  app.get("/evenements.ics", async (req, reply) => {
    const ctx = await createContext({ req, res: reply });
    return reply
      .header("content-type", "text/calendar; charset=utf-8")
      .header("content-disposition", 'inline; filename="evenements.ics"')
      .header("cache-control", `public, max-age=${MAX_AGE_SECONDS}`)
      .send(await eventsIcsFeed(ctx, ctx.config.publicUrl));
  });

  app.get("/evenements/:slug.ics", async (req, reply) => {
    const { slug } = req.params as { slug: string };
    const notFound = () => reply.code(404).send({ error: "Événement introuvable." });
    if (!slugPattern.test(slug)) return notFound();
    const ctx = await createContext({ req, res: reply });
    const ics = await eventIcs(ctx, slug, ctx.config.publicUrl);
    if (ics === null) return notFound();
    return reply
      .header("content-type", "text/calendar; charset=utf-8")
      .header("content-disposition", `attachment; filename="${slug}.ics"`)
      .header("cache-control", `public, max-age=${MAX_AGE_SECONDS}`)
      .send(ics);
  });
}
