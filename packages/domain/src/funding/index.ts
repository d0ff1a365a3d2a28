// Funding plans, grants, payment schedules and payments: schemas and pure rules.
