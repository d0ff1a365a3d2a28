// Actions and milestones of a project: schemas and pure rules.
export * from "./plan-item.schema.js";
export * from "./create-plan-item.input.js";
export * from "./plan-item.rules.js";
export * from "./plan-dependencies.rules.js";
export * from "./plan-timeline.rules.js";
