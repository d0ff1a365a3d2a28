// The directory of AMO, experts and providers, and their missions: schemas and pure rules.
