// Full-text search across records: the query rules and the shape of a hit.
export * from "./search-query.rules.js";
export * from "./search.schema.js";
