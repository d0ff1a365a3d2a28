/**
 * A polite live region for confirmations. It is always in the page, empty when there is nothing
 * to say: screen readers announce changes to a region they already know, not a region just added.
 */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <div role="status" className={message ? "status-message" : undefined}>
      {message ? <p>{message}</p> : null}
    </div>
  );
}
