// Funding plans, grants, payment schedules and payments: schemas and pure rules.
export * from "./money.schema.js";
export * from "./funding-line.schema.js";
export * from "./grant.schema.js";
export * from "./create-funding-line.input.js";
export * from "./create-grant.input.js";
export * from "./set-schedule.input.js";
export * from "./add-payment.input.js";
export * from "./grant-payment.rules.js";
export * from "./funding-summary.rules.js";
export * from "./scdl-subventions.js";
