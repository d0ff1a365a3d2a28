// The steering dashboard: its filters, views and pure rules.
export * from "./steering-dashboard.schema.js";
export * from "./steering-dashboard.rules.js";
