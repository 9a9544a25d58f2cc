import { Component, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n/messages';

interface Props {
  /** The panel's id: the failed panel keeps its place and its anchor. */
  panel: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a crash inside one panel: the panel says what went wrong and offers to try again,
 * and every other panel keeps working.
 */
export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for whoever debugs the page; the reader sees the message below.
    console.error(`The ${this.props.panel} panel failed`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <section
        className="panel panel--failed"
        data-panel={this.props.panel}
        id={this.props.panel}
        role="alert"
      >
        <h2 className="panel__title">{t('boundary.title')}</h2>
        <p>{t('boundary.text', { panel: this.props.panel, message: error.message })}</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          {t('boundary.retry')}
        </button>
      </section>
    );
  }
}
