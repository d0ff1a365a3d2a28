import { z } from "zod";
import { parseEuros } from "../labels/funding-labels.js";

export { parseEuros };

/** A trillion euros: far above any programme, far inside PostgreSQL's bigint. */
export const MAX_CENTS = 100_000_000_000_000n;

const invalidAmount =
  "Montant invalide : saisissez des euros en chiffres, avec au plus 2 décimales (par exemple 12 000,50).";

/**
 * An amount in euros, as text (what a form sends) or a number, turned into cents (bigint).
 * `positive` refuses zero too: a grant or a payment of nothing means a mistake.
 */
export function euroAmountSchema(minimum: "zero" | "positive") {
  return z.union([z.string(), z.number()], { error: "Montant attendu, en euros." }).transform((value, ctx) => {
    const text = typeof value === "number" ? String(value) : value.trim();
    if (/^[-\u2212]/.test(text) && parseEuros(text.slice(1)) !== null) {
      ctx.addIssue({ code: "custom", message: "Le montant ne peut pas être négatif." });
      return z.NEVER;
    }
    const cents = parseEuros(text);
    if (cents === null) {
      ctx.addIssue({ code: "custom", message: text === "" ? "Ce champ est obligatoire." : invalidAmount });
      return z.NEVER;
    }
    if (minimum === "positive" && cents === 0n) {
      ctx.addIssue({ code: "custom", message: "Le montant doit être supérieur à 0 €." });
      return z.NEVER;
    }
    if (cents > MAX_CENTS) {
      ctx.addIssue({ code: "custom", message: "Montant trop grand : mille milliards d'euros au plus." });
      return z.NEVER;
    }
    return cents;
  });
}
