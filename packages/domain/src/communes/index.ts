export * from "./commune.schema.js";
export * from "./commune-map.schema.js";
export * from "./commune-map.rules.js";
export * from "./commune-map-classes.rules.js";
