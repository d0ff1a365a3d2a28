export * from "./edition.schema.js";
export * from "./create-edition.input.js";
export * from "./edition-status.rules.js";
