export * from "./test-database.js";
export * from "./factories.js";
export * from "./expert-factories.js";
export * from "./governance-factories.js";
export * from "./document-factories.js";
export * from "./application-factories.js";
