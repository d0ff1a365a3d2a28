import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchRepository } from "@cvv/db";
import { communicationFactories, createTestDatabase, type TestDatabase } from "@cvv/db/testing";
import { actor, appCaller, publicCaller } from "../testing/test-context.js";
import { FEED_MAX_BYTES, fetchAllSources, fetchSource } from "./fetch-source/fetch-source.service.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

/**
 * A feed server on 127.0.0.1 serving the fixtures, never the network. `/switch.xml` serves what
 * `switched` says; `/etag.xml` answers 304 to the ETag it gave; requests' headers are kept.
 */
let server: Server;
let base = "";
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
let switched = "rss.xml";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? "", headers: req.headers });
    const send = (name: string, type = "application/rss+xml; charset=utf-8") => {
      res.writeHead(200, { "content-type": type });
      res.end(fixture(name));
    };
    // Each test adds its own query string, so that sources have addresses of their own.
    switch (new URL(req.url ?? "/", "http://127.0.0.1").pathname) {
      case "/rss.xml":
        return send("rss.xml");
      case "/atom.xml":
        return send("atom.xml", "application/atom+xml");
      case "/malformed.xml":
        return send("malformed.xml");
      case "/page.html":
        return send("page.html", "text/html; charset=utf-8");
      case "/switch.xml":
        return send(switched);
      case "/etag.xml":
        if (req.headers["if-none-match"] === '"v1"') {
          res.writeHead(304, { etag: '"v1"' });
          return res.end();
        }
        res.writeHead(200, { etag: '"v1"', "last-modified": "Wed, 18 Nov 2026 09:00:00 GMT" });
        return res.end(fixture("atom.xml"));
      case "/big.xml": {
        // Chunked, no length announced: the limit must hold while reading.
        res.writeHead(200, { "content-type": "application/rss+xml" });
        const chunk = Buffer.alloc(256 * 1024, " ");
        let sent = 0;
        const push = () => {
          while (sent <= FEED_MAX_BYTES + chunk.length) {
            sent += chunk.length;
            if (!res.write(chunk)) return res.once("drain", push);
          }
          res.end();
        };
        return push();
      }
      default:
        res.writeHead(404);
        return res.end("introuvable");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
});

const fetchCtx = () => ({
  db: db.prisma,
  now: () => new Date("2026-11-20T12:00:00.000Z"),
  allowInternalAddresses: true,
});
const source = (path: string, tags: string[] = []) =>
  communicationFactories(db.prisma).watchSource({ url: `${base}${path}?${Math.random().toString(36).slice(2)}`, tags });

/** An officer's caller; the fixture server is on 127.0.0.1, which only tests may let the veille reach. */
async function officer({ allowInternalFeedAddresses = true } = {}) {
  const t = appCaller(db.prisma, await actor(db.prisma, "officer"));
  t.ctx.config = { ...t.ctx.config, allowInternalFeedAddresses };
  return { caller: t.caller, tasks: t.ctx.tasks, taskErrors: t.taskErrors };
}

describe("fetching a feed", () => {
  it("inserts new items with their tags; a second fetch inserts nothing new", async () => {
    const s = await source("/rss.xml", ["Presse locale"]);
    const first = await fetchSource(fetchCtx(), s.id);
    expect(first).toEqual({ ok: true, value: { status: "updated", itemsInFeed: 3, newItems: 3 } });
    const repo = watchRepository(db.prisma);
    const items = await repo.listItems({ sourceId: s.id });
    expect(items).toHaveLength(3);
    const bondy = items.find((i) => i.guid === "journal-2026-001")!;
    expect(bondy).toMatchObject({
      status: "new",
      relevance: 0,
      sourceName: s.name,
      tags: ["Presse locale", "commerce", "vacance commerciale"],
      publishedAt: "2026-11-17T07:30:00.000Z",
    });

    // An officer's verdict survives the next fetch of the same item.
    await repo.rateItem({ id: bondy.id, version: bondy.version, relevance: 3, status: "kept" });
    const second = await fetchSource(fetchCtx(), s.id);
    expect(second).toEqual({ ok: true, value: { status: "updated", itemsInFeed: 3, newItems: 0 } });
    expect(await repo.listItems({ sourceId: s.id })).toHaveLength(3);
    expect(await repo.findItem(bondy.id)).toMatchObject({ relevance: 3, status: "kept" });
    expect(await repo.findSource(s.id)).toMatchObject({ lastFetchedAt: "2026-11-20T12:00:00.000Z", lastError: null });
  });

  it("asks again with the ETag and handles 304 Not Modified", async () => {
    const s = await source("/etag.xml");
    expect((await fetchSource(fetchCtx(), s.id)).ok).toBe(true);
    const later = { ...fetchCtx(), now: () => new Date("2026-11-21T12:00:00.000Z") };
    expect(await fetchSource(later, s.id)).toEqual({ ok: true, value: { status: "not_modified" } });
    const requests = seen.filter((r) => r.url.startsWith("/etag.xml"));
    expect(requests.at(-1)!.headers).toMatchObject({
      "if-none-match": '"v1"',
      "if-modified-since": "Wed, 18 Nov 2026 09:00:00 GMT",
    });
    expect(await watchRepository(db.prisma).listItems({ sourceId: s.id })).toHaveLength(2);
    expect(await watchRepository(db.prisma).findSource(s.id)).toMatchObject({
      lastFetchedAt: "2026-11-21T12:00:00.000Z",
      lastError: null,
    });
  });

  it("keeps a malformed feed's error in French, and loses no item nor anything else", async () => {
    switched = "rss.xml";
    const s = await source("/switch.xml");
    await fetchSource(fetchCtx(), s.id);
    switched = "malformed.xml";
    const later = { ...fetchCtx(), now: () => new Date("2026-11-22T12:00:00.000Z") };
    const outcome = await fetchSource(later, s.id);
    expect(outcome.ok && outcome.value.status).toBe("failed");
    const stored = await watchRepository(db.prisma).findSource(s.id);
    expect(stored!.lastError).toMatch(/^Le flux n'est pas un document XML valide \(ligne \d+, colonne \d+\)/);
    // The last good fetch's time stays: the failure is said by the error, not by a new date.
    expect(stored!.lastFetchedAt).toBe("2026-11-20T12:00:00.000Z");
    expect(stored!.version).toBe(s.version);
    expect(await watchRepository(db.prisma).listItems({ sourceId: s.id })).toHaveLength(3);

    // The next good fetch clears the error.
    switched = "rss.xml";
    await fetchSource(fetchCtx(), s.id);
    expect((await watchRepository(db.prisma).findSource(s.id))!.lastError).toBeNull();
  });

  it("says an HTML page is not a feed", async () => {
    const s = await source("/page.html");
    await fetchSource(fetchCtx(), s.id);
    expect((await watchRepository(db.prisma).findSource(s.id))!.lastError).toBe(
      "L'adresse renvoie une page web (HTML), pas un flux RSS ou Atom : cherchez sur cette page le lien de son flux.",
    );
  });

  it("stops reading a feed over 2 MB", async () => {
    const s = await source("/big.xml");
    const outcome = await fetchSource(fetchCtx(), s.id);
    expect(outcome).toEqual({
      ok: true,
      value: { status: "failed", error: "Le flux dépasse la taille maximale de 2 Mo : il n'a pas été lu." },
    });
    expect(await watchRepository(db.prisma).listItems({ sourceId: s.id })).toEqual([]);
  });

  it("says an HTTP error, an unreachable server and a timeout in French", async () => {
    const missing = await source("/absent.xml");
    await fetchSource(fetchCtx(), missing.id);
    expect((await watchRepository(db.prisma).findSource(missing.id))!.lastError).toBe(
      "Le serveur du flux a répondu par une erreur (HTTP 404).",
    );
    const slow = await source("/rss.xml");
    const timedOut = await fetchSource(
      {
        ...fetchCtx(),
        fetch: () => Promise.reject(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
      },
      slow.id,
    );
    expect(timedOut).toEqual({
      ok: true,
      value: { status: "failed", error: "Le serveur du flux n'a pas répondu dans les 10 secondes." },
    });
    const refused = await fetchSource(
      { ...fetchCtx(), fetch: () => Promise.reject(new TypeError("fetch failed")) },
      slow.id,
    );
    expect(refused.ok && refused.value.status === "failed" && refused.value.error).toBe(
      "Le serveur du flux est injoignable (adresse introuvable ou connexion refusée).",
    );
  });

  it("fetches on schedule every active source but the demo ones", async () => {
    const f = communicationFactories(db.prisma);
    const demo = await f.watchSource({ isDemo: true, url: `${base}/rss.xml?demo` });
    const inactive = await f.watchSource({ active: false, url: `${base}/rss.xml?inactive` });
    const summary = await fetchAllSources(fetchCtx());
    expect(summary.sources).toBeGreaterThan(0);
    const repo = watchRepository(db.prisma);
    expect(await repo.findSource(demo.id)).toMatchObject({ lastFetchedAt: null, lastError: null });
    expect(await repo.findSource(inactive.id)).toMatchObject({ lastFetchedAt: null });
    expect(await fetchSource(fetchCtx(), demo.id)).toMatchObject({ ok: false, error: { code: "INVALID" } });
  });
});

describe("the watch router", () => {
  it("refuses to fetch a feed on this machine: the reason is kept, no request is sent", async () => {
    const { caller, tasks, taskErrors } = await officer({ allowInternalFeedAddresses: false });
    const url = `${base}/rss.xml?interne`;
    const created = await caller.watch.createSource({ name: "Service interne", url });
    const before = seen.length;
    await caller.watch.fetchNow({ id: created.id });
    await tasks.idle();
    expect(taskErrors).toEqual([]);
    expect(seen.length).toBe(before);
    const reason =
      "L'adresse du flux mène à une machine interne (127.0.0.1) : par sécurité, la veille ne relève que des sites publics.";
    expect((await caller.watch.sources()).find((s) => s.id === created.id)).toMatchObject({
      itemCount: 0,
      lastError: reason,
      fetch: { running: false, outcome: { status: "failed", error: reason } },
    });
  });

  it("adds a source (http/https only, once), fetches it in the background and shows how it went", async () => {
    const { caller, tasks, taskErrors } = await officer();
    await expect(caller.watch.createSource({ name: "FTP", url: "ftp://exemple.fr/flux.xml" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("Adresse de flux invalide : elle commence par http:// ou https://"),
    });
    const url = `${base}/atom.xml?routeur`;
    const created = await caller.watch.createSource({ name: "Observatoire", url, tags: ["Études", " études "] });
    expect(created).toMatchObject({ name: "Observatoire", url, tags: ["Études"], active: true, lastFetchedAt: null });
    await expect(caller.watch.createSource({ name: "Doublon", url })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `Le flux ${url} est déjà suivi : modifiez la source existante.`,
    });

    await expect(caller.watch.fetchNow({ id: created.id })).resolves.toEqual({ started: true });
    await tasks.idle();
    expect(taskErrors).toEqual([]);
    const listed = (await caller.watch.sources()).find((s) => s.id === created.id)!;
    expect(listed).toMatchObject({
      itemCount: 2,
      newCount: 2,
      lastError: null,
      fetch: { running: false, outcome: { status: "updated", itemsInFeed: 2, newItems: 2 } },
    });

    const renamed = await caller.watch.updateSource({
      id: created.id,
      version: created.version,
      name: "Observatoire (fictif)",
    });
    expect(renamed).toMatchObject({ name: "Observatoire (fictif)", url, version: created.version + 1 });
    await expect(caller.watch.deleteSource({ id: created.id, version: created.version })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await caller.watch.deleteSource({ id: created.id, version: renamed.version });
    expect((await caller.watch.sources()).some((s) => s.id === created.id)).toBe(false);
  });

  it("filters items by status, tag, relevance and source; rates them", async () => {
    const { caller } = await officer();
    const f = communicationFactories(db.prisma);
    const s = await f.watchSource();
    const kept = await f.watchItem(s.id, { tags: ["Halles"], relevance: 3, status: "kept" });
    const fresh = await f.watchItem(s.id, { tags: ["Halles", "Marchés"] });
    const other = await f.watchItem(s.id, { tags: ["Autre"], relevance: 1, status: "dismissed" });

    const bySource = await caller.watch.items({ sourceId: s.id });
    expect(bySource.items.map((i) => i.id).sort()).toEqual([kept.id, fresh.id, other.id].sort());
    expect(bySource.tags).toEqual(expect.arrayContaining(["Halles", "Marchés", "Autre"]));
    expect(bySource.sources).toContainEqual({ id: s.id, name: s.name });
    expect((await caller.watch.items({ sourceId: s.id, status: "new" })).items.map((i) => i.id)).toEqual([fresh.id]);
    expect((await caller.watch.items({ sourceId: s.id, tag: "Halles" })).items).toHaveLength(2);
    expect((await caller.watch.items({ sourceId: s.id, relevance: 2 })).items.map((i) => i.id)).toEqual([kept.id]);

    const rated = await caller.watch.rateItem({
      id: fresh.id,
      version: fresh.version,
      relevance: 2,
      tags: ["Marchés"],
      status: "kept",
    });
    expect(rated).toMatchObject({ relevance: 2, tags: ["Marchés"], status: "kept", version: fresh.version + 1 });
    await expect(
      caller.watch.rateItem({ id: fresh.id, version: fresh.version, status: "dismissed" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(caller.watch.rateItem({ id: fresh.id, version: rated.version, relevance: 5 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("converts an item into a draft news item the public never sees, and marks the item", async () => {
    const { caller } = await officer();
    const f = communicationFactories(db.prisma);
    const s = await f.watchSource({ name: "Le Journal (fictif)" });
    const item = await f.watchItem(s.id, {
      title: "Une halle rénovée à Montreuil",
      summary: "La halle rouvre après travaux.",
      tags: ["marchés"],
    });

    const converted = await caller.watch.convertToDraft({ id: item.id, version: item.version });
    expect(converted).toMatchObject({ itemId: item.id, title: "Une halle rénovée à Montreuil" });
    const draft = await db.prisma.publication.findUniqueOrThrow({
      where: { id: converted.publicationId },
      select: { kind: true, status: true, title: true, summary: true, body: true, tags: true, slug: true },
    });
    expect(draft).toEqual({
      kind: "news",
      status: "draft",
      title: "Une halle rénovée à Montreuil",
      summary: "La halle rouvre après travaux.",
      body: `La halle rouvre après travaux.\n\nSource : [Le Journal (fictif)](<${item.link}>)`,
      tags: ["marchés"],
      slug: converted.slug,
    });
    expect(await watchRepository(db.prisma).findItem(item.id)).toMatchObject({
      status: "converted",
      publicationId: converted.publicationId,
    });

    const api = publicCaller(db.prisma);
    const published = await api.publications();
    expect(JSON.stringify(published)).not.toContain(converted.publicationId);
    expect(JSON.stringify(published)).not.toContain("Une halle rénovée à Montreuil");
    await expect(api.publication({ slug: converted.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });

    // Once only: a second conversion would make a second draft.
    await expect(caller.watch.convertToDraft({ id: item.id, version: item.version + 1 })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(
      caller.watch.rateItem({ id: item.id, version: item.version + 1, status: "kept" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect(await db.prisma.publication.count({ where: { title: "Une halle rénovée à Montreuil" } })).toBe(1);
  });

  it("shows nothing of the veille to a contributor", async () => {
    const contributor = appCaller(db.prisma, await actor(db.prisma, "contributor")).caller;
    await expect(contributor.watch.sources()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(contributor.watch.items({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
