// Applications to editions (calls for applications), their review, and the contracts that open projects: schemas and pure rules.
export * from "./application.schema.js";
export * from "./submit-application.input.js";
export * from "./review-application.input.js";
export * from "./create-contract.input.js";
export * from "./application-status.rules.js";
export * from "./contract.rules.js";
