import { defineConfig } from "tsup";

const features = [
  "shared",
  "labels",
  "communes",
  "programmes",
  "editions",
  "projects",
  "project-updates",
  "project-plan",
  "funding",
  "experts",
  "governance",
  "applications",
  "documents",
  "events",
  "publications",
  "guide",
  "communication",
  "watch",
  "search",
  "steering",
  "reports",
  "indicators",
  "partners",
  "contacts",
  "networks",
  "users",
  "permissions",
];

export default defineConfig({
  entry: Object.fromEntries(features.map((f) => [`${f}/index`, `src/${f}/index.ts`])),
  format: ["esm"],
  target: "node22",
  clean: true,
  sourcemap: true,
});
