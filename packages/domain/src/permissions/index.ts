export * from "./can.js";
