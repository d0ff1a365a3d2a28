import { z } from "zod";

/**
 * INSEE code of a commune: five characters, always a string (Corsica has 2A/2B; leading zeros
 * matter). Never a postal code: Clichy is 92024, its postal code 92110.
 */
export const inseeCodeSchema = z
  .string()
  .trim()
  .regex(/^(?:\d{2}|2A|2B)\d{3}$/, { error: "Code INSEE invalide : 5 caractères attendus (ex. 93006)." });

export const territorySchema = z.object({
  siren: z.string().regex(/^\d{9}$/),
  name: z.string(),
});
export type Territory = z.infer<typeof territorySchema>;

export const communeSchema = z.object({
  inseeCode: inseeCodeSchema,
  name: z.string(),
  departement: z.string(),
  population: z.number().int().nonnegative(),
  territorySiren: z.string().nullable(),
  territoryName: z.string().nullable(),
});
export type Commune = z.infer<typeof communeSchema>;

/** Names repeat across France (two Sceaux): show the département beside a name wherever it is chosen. */
export function communeLabel(commune: Pick<Commune, "name" | "departement">): string {
  return `${commune.name} (${commune.departement})`;
}
