// Versioned documents attached to records: schemas and pure rules.
