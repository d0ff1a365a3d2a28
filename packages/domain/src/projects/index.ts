export * from "./project.schema.js";
export * from "./project-theme.schema.js";
export * from "./create-project.input.js";
export * from "./project-status.rules.js";
