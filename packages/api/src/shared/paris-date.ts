/** Today's date in Paris as YYYY-MM-DD: what "overdue" and "next weeks" mean to the officers. */
export function parisDate(now: Date): string {
  return now.toLocaleDateString("en-CA", { timeZone: "Europe/Paris" });
}
