// Actions and milestones of a project: schemas and pure rules.
