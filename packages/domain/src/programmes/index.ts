export * from "./programme.schema.js";
export * from "./create-programme.input.js";
