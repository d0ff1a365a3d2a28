import type { FastifyInstance } from "fastify";
import { publicationImageFile } from "@cvv/api";
import type { ContextFactory } from "./uploads.js";

/**
 * The images of publications, shown inline on the portal (only PNG, JPEG or WebP were accepted,
 * judged on their bytes). 404 for an image of a publication the public may not read.
 */
export async function publicationImageRoutes(
  app: FastifyInstance,
  { createContext }: { createContext: ContextFactory },
) {
  app.get("/api/images/:id", async (req, reply) => {
    const ctx = await createContext({ req, res: reply });
    const result = await publicationImageFile(ctx, (req.params as { id: string }).id);
    if (!result.ok) return reply.code(404).send({ error: result.error.message });
    return reply
      .header("content-type", result.value.mimeType)
      .header("x-content-type-options", "nosniff")
      .header("cache-control", result.value.public ? "public, max-age=300" : "private, no-store")
      .send(result.value.body);
  });
}
