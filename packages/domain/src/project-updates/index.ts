export * from "./project-update.schema.js";
export * from "./submit-update.input.js";
export * from "./update-status.rules.js";
