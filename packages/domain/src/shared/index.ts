export * from "./result.js";
export * from "./field-labels.js";
export * from "./common.schema.js";
export * from "./date-range.rules.js";
export * from "./field-changes.js";
export * from "./comparison-key.rules.js";
