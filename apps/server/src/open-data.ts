import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { openDataCatalogue, openDataFile, openLicence, parseOpenDataRequest } from "@cvv/api";
import { contentDisposition, type ContextFactory } from "./uploads.js";

/** Seconds a file may be reused without asking again (5 minutes); the ETag makes asking again cheap. */
const MAX_AGE_SECONDS = 300;

const licenceLink = `<${openLicence.url}>; rel="license"`;

/**
 * The open-data API, `/api/v1/`: the catalogue, then each dataset as `<id>.csv` (`?format=excel`
 * for French Excel) and `<id>.json`. No session is read: what it serves is public by
 * construction. docs/public-api.md describes it; v1's fields never change name.
 */
export async function openDataRoutes(app: FastifyInstance, { createContext }: { createContext: ContextFactory }) {
  const catalogue = async (req: FastifyRequest, reply: FastifyReply) => {
    const ctx = await createContext({ req, res: reply });
    return reply
      .header("content-type", "application/json; charset=utf-8")
      .header("link", licenceLink)
      .header("cache-control", `public, max-age=${MAX_AGE_SECONDS}`)
      .header("access-control-allow-origin", "*")
      .send(`${JSON.stringify(openDataCatalogue(ctx), null, 2)}\n`);
  };
  app.get("/api/v1", catalogue);
  app.get("/api/v1/", catalogue);
  app.get("/api/v1/catalogue.json", catalogue);

  app.get("/api/v1/:file", async (req, reply) => {
    const { file } = req.params as { file: string };
    const request = parseOpenDataRequest(file, req.query as Record<string, unknown>);
    if (!request) return reply.code(404).send({ error: "Jeu de données introuvable : voir /api/v1/catalogue.json." });
    if (!request.ok) return reply.code(400).send({ error: request.error.message });
    const ctx = await createContext({ req, res: reply });
    const result = await openDataFile(ctx, request.value);
    reply
      .header("etag", result.etag)
      .header("link", licenceLink)
      .header("cache-control", `public, max-age=${MAX_AGE_SECONDS}`)
      // Anyone's page or notebook may read open data from the browser.
      .header("access-control-allow-origin", "*");
    if (result.lastModified) reply.header("last-modified", result.lastModified.toUTCString());
    if (matches(req.headers["if-none-match"], result.etag)) return reply.code(304).send();
    reply.header("content-type", result.contentType).header("content-disposition", contentDisposition(result.fileName));
    // A HEAD (a link checker, a harvester) gets the headers without a million rows being read.
    if (req.method === "HEAD") return reply.send();
    return reply.send(Readable.from(result.body));
  });
}

/** If-None-Match may list several tags, or "*". */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(",")
    .map((tag) => tag.trim())
    .some((tag) => tag === "*" || tag === etag);
}
