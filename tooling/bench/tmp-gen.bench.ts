import { it } from "vitest";
import pg from "pg";
import { openDatabase, loadReferenceData } from "@cvv/db";
import { generateLargeDataset } from "./large-dataset.js";

it("gen", async () => {
  const url = process.env.DEV_URL!;
  const db = await openDatabase({ databaseUrl: url.startsWith("pglite:") ? undefined : url, dataDir: url.startsWith("pglite:") ? url.slice(7) : null });
  await loadReferenceData(db.prisma);
  const pool = new pg.Pool({ connectionString: db.url, max: 2 });
  const r = await generateLargeDataset(pool);
  console.log(r.generated, r.ms, r.indicators.length);
  await pool.end();
  await db.close();
}, 3_600_000);
