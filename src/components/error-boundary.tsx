import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { ErrorPanel } from './error-panel.tsx';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** When this changes (e.g. a new province or year), a shown error is cleared and the children retried. */
  resetKey?: string;
}

interface ErrorBoundaryState {
  error: unknown;
  hasError: boolean;
}

/** Catches render errors below it and shows them as a message in the page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, hasError: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.hasError && previous.resetKey !== this.props.resetKey) this.reset();
  }

  private readonly reset = (): void => this.setState({ error: null, hasError: false });

  override render(): ReactNode {
    if (this.state.hasError) return <ErrorPanel error={this.state.error} onRetry={this.reset} />;
    return this.props.children;
  }
}
