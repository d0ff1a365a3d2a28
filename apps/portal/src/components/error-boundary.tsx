import { Component, type ReactNode } from "react";
import { PageError } from "./query-state";

/** A rendering bug must not leave a blank screen: say so in words, offer to reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    if (import.meta.env.DEV) console.error(error);
  }

  override render() {
    if (this.state.failed) return <PageError onRetry={() => window.location.reload()} retrying={false} />;
    return this.props.children;
  }
}
