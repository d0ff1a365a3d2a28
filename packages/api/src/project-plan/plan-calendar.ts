const parisDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/**
 * Today's date where the programme's officers work: an item due on the 3rd is late from the 4th
 * in Paris, not from 23:00 on the 3rd when UTC has already turned the page.
 */
export function planToday(now: Date): string {
  const parts = Object.fromEntries(parisDay.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
