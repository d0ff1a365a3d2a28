// Writes a new migration from the change to prisma/schema.prisma since the last migration.
// Each migration folder keeps a copy of the schema it leads to, so the diff needs no database
// (`prisma migrate dev` does not work with the WASM engine; see docs/ in the README).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage : npm run migration:new -w @cvv/db -- nom_en_minuscules");
  process.exit(1);
}
const dir = "prisma/migrations";
const previous = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort()
  .at(-1);
const from =
  previous && existsSync(join(dir, previous, "schema.prisma"))
    ? ["--from-schema-datamodel", join(dir, previous, "schema.prisma")]
    : ["--from-empty"];
const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
  },
);
if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
  console.log("Aucun changement du schéma depuis la dernière migration.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const target = join(dir, `${stamp}_${name}`);
mkdirSync(target);
writeFileSync(join(target, "migration.sql"), sql);
copyFileSync("prisma/schema.prisma", join(target, "schema.prisma"));
console.log(`Migration écrite : ${target}/migration.sql`);
