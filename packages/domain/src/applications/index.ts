// Applications to editions (calls for applications), their review, and the contracts that open projects: schemas and pure rules.
