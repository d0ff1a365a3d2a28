import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { communicationFactories, createTestDatabase, type TestDatabase } from "@cvv/db/testing";
import { scheduleWatchFetch } from "./watch-schedule.js";

const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Flux</title>
<item><title>Un commerce rouvre</title><link>https://exemple.org/1</link><guid>un</guid></item>
<item><title>Une halle rénovée</title><link>https://exemple.org/2</link><guid>deux</guid></item>
</channel></rss>`;

let db: TestDatabase;
let server: Server;
let base = "";
let requests: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase();
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    res.writeHead(200, { "content-type": "application/rss+xml" });
    res.end(feed);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await db?.close();
});

describe("the scheduled veille", () => {
  it("fetches the real sources at start, skips the demo ones, and logs the counts", async () => {
    const f = communicationFactories(db.prisma);
    await f.watchSource({ url: `${base}/vrai.xml` });
    await f.watchSource({ url: `${base}/demo.xml`, isDemo: true });
    requests = [];
    const logged: object[] = [];
    const errors: object[] = [];
    const stop = scheduleWatchFetch(
      {
        db: db.prisma,
        now: () => new Date("2026-11-20T12:00:00.000Z"),
        log: { info: (details) => logged.push(details), error: (details) => errors.push(details) },
        allowInternalAddresses: true,
      },
      60_000,
    );
    // Stopping waits for the run that started at once.
    await stop();
    expect(errors).toEqual([]);
    expect(requests).toEqual(["/vrai.xml"]);
    expect(logged).toEqual([{ sources: 1, updated: 1, notModified: 0, failed: 0, newItems: 2 }]);
  });
});
