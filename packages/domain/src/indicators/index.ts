export * from "./indicator.schema.js";
