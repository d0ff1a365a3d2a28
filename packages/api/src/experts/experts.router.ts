import { router } from "../trpc.js";

/** The directory of experts and providers, and their missions on projects. */
export const expertsRouter = router({});
