export * from "./commune.schema.js";
