import { z } from "zod";

// Spreadsheets and word processors put every kind of space between thousands.
const spaces = /[\s\u00a0\u202f\u2007]/g;

/** A million euros a day or per mission: far above any real rate, far inside a safe integer of cents. */
export const MAX_EURO_CENTS = 100_000_000_000;

/**
 * Cents from euros as people type them ("650", "650,50", "1 200.5 €"), read digit by digit: a
 * float would turn 0,29 € into 28,999… cents. Null when the text is not an amount with at most
 * two decimals.
 */
export function eurosToCents(input: string | number): number | null {
  const text = String(input).replace(spaces, "").replace(/€$/, "");
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** A non-negative amount entered in euros (text or number), stored in cents; "" means no amount (null). */
export const euroAmountInput = z
  .union([z.string(), z.number()], { error: "Montant attendu, en euros." })
  .transform((value, ctx): number | null => {
    const text = String(value).trim();
    if (text === "") return null;
    if (/^[-\u2212]/.test(text)) {
      ctx.addIssue({ code: "custom", message: "Le montant ne peut pas être négatif." });
      return z.NEVER;
    }
    const cents = eurosToCents(text);
    if (cents === null) {
      ctx.addIssue({
        code: "custom",
        message: "Montant invalide : saisissez des euros en chiffres, avec au plus 2 décimales (par exemple 650,00).",
      });
      return z.NEVER;
    }
    if (cents > MAX_EURO_CENTS) {
      ctx.addIssue({ code: "custom", message: "Montant trop grand : un milliard d'euros au plus." });
      return z.NEVER;
    }
    return cents;
  });

/** A number of working days (halves and quarters happen), typed with a comma or a point; "" means not known (null). */
export const dayCountInput = z
  .union([z.string(), z.number()], { error: "Nombre de jours attendu, en chiffres." })
  .transform((value, ctx): number | null => {
    const text = String(value).replace(spaces, "").replace(",", ".");
    if (text === "") return null;
    if (/^[-\u2212]/.test(text)) {
      ctx.addIssue({ code: "custom", message: "Le nombre de jours ne peut pas être négatif." });
      return z.NEVER;
    }
    if (!/^\d+(?:\.\d{1,2})?$/.test(text)) {
      ctx.addIssue({
        code: "custom",
        message: "Nombre de jours invalide : saisissez un nombre, par exemple 12 ou 12,5.",
      });
      return z.NEVER;
    }
    const days = Number(text);
    if (days > 2000) {
      ctx.addIssue({ code: "custom", message: "Nombre de jours trop grand : 2 000 au plus." });
      return z.NEVER;
    }
    return days;
  });
