import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Dependencies go one way: domain → db → api → apps. The SPAs may take only types from the API
 * and the domain, so neither Prisma nor server code can end up in a browser bundle.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry === "dist" || entry === "generated") continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|tsx)$/.test(entry)) out.push(path);
  }
  return out;
}

function imports(file: string): { spec: string; typeOnly: boolean }[] {
  const text = readFileSync(file, "utf8");
  const found: { spec: string; typeOnly: boolean }[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^;]*?from\s+["']([^"']+)["']/gm)) {
    found.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  }
  for (const m of text.matchAll(/import\(\s*["']([^"']+)["']\s*\)/g)) found.push({ spec: m[1]!, typeOnly: false });
  return found;
}

const rules: { dir: string; forbidden: RegExp; typeOnlyAllowed?: RegExp }[] = [
  { dir: "packages/domain/src", forbidden: /^(@cvv\/(db|api|server|admin|portal)|@prisma\/|pg$|node:)/ },
  { dir: "packages/db/src", forbidden: /^@cvv\/(api|server|admin|portal)/ },
  { dir: "packages/api/src", forbidden: /^(@cvv\/(server|admin|portal)|@prisma\/|.*generated\/prisma)/ },
  { dir: "apps/server/src", forbidden: /^(@cvv\/(admin|portal)|@prisma\/)/ },
  // The SPAs take types from the API and the domain, and at run time only the domain's labels
  // (plain strings, no zod): the wording of statuses is the same everywhere.
  {
    dir: "apps/admin/src",
    forbidden: /^(@cvv\/(db|server|portal|api)|@cvv\/domain\/(?!labels$)|@prisma\/|pg$|node:)/,
    typeOnlyAllowed: /^@cvv\/(api|domain)/,
  },
  {
    dir: "apps/portal/src",
    forbidden: /^(@cvv\/(db|server|admin|api)|@cvv\/domain\/(?!labels$)|@prisma\/|pg$|node:)/,
    typeOnlyAllowed: /^@cvv\/(api|domain)/,
  },
  { dir: "packages/domain/src/labels", forbidden: /^zod$/ },
];

describe("dependency direction", () => {
  for (const rule of rules) {
    it(`${rule.dir} imports nothing downstream`, () => {
      const offenders: string[] = [];
      let files = 0;
      try {
        for (const file of sources(join(root, rule.dir))) {
          files++;
          for (const { spec, typeOnly } of imports(file)) {
            if (!rule.forbidden.test(spec)) continue;
            if (typeOnly && rule.typeOnlyAllowed?.test(spec)) continue;
            offenders.push(`${relative(root, file)} → ${spec}${typeOnly ? " (type)" : ""}`);
          }
        }
      } catch {
        // A package without sources yet has nothing to check.
      }
      expect(offenders).toEqual([]);
      expect(files).toBeGreaterThan(0);
    });
  }
});
