export * from "./role.schema.js";
export * from "./user.schema.js";
