import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Told once, so the panel can switch to its text fallback. */
  onError: (message: string) => void;
  children: ReactNode;
}

/** Keeps a crash in the map (or a chunk that fails to load) inside the map panel. */
export class MapErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, _info: ErrorInfo) {
    this.props.onError(error.message);
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
