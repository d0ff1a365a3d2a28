const parisDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * Today's date where the programme's officers work, as YYYY-MM-DD: what "late", "the next weeks"
 * and an edition's last day mean to them. An item due on the 3rd is late from the 4th in Paris,
 * not from 23:00 on the 3rd when UTC has already turned the page. Built from the parts, not from
 * the locale's date pattern, so that a change of locale data cannot change the format.
 */
export function parisDate(now: Date): string {
  const parts = Object.fromEntries(parisDay.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
