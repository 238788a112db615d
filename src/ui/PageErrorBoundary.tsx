// When a page fails to draw (damaged saved state, a stale or broken download), the reader gets a
// message and a way out instead of a blank screen: "Start over" forgets what this page saved in
// the browser and draws it again.
import { Component, type ReactNode } from 'react';
import type { Locale } from '../content/vocabulary';
import { removeStored } from './storage';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';

const translate = translator({ shared });

interface Props {
  locale: Locale;
  /** The browser-storage keys this page keeps; "Start over" removes them. */
  storageKeys?: string[];
  children: ReactNode;
}

export class PageErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  /** Forgets this page's saved state and draws it again. */
  startOver = () => {
    for (const key of this.props.storageKeys ?? []) removeStored(key);
    this.setState({ failed: false });
  };

  render() {
    if (!this.state.failed) return this.props.children;
    const { locale } = this.props;
    return (
      <section className="page-failed" role="alert" aria-labelledby="page-failed-title">
        <h1 id="page-failed-title">{translate(locale, 'shared.pageFailedTitle')}</h1>
        <p>{translate(locale, 'shared.pageFailedBody')}</p>
        <button type="button" className="button primary" onClick={this.startOver}>
          {translate(locale, 'shared.startOver')}
        </button>
      </section>
    );
  }
}
