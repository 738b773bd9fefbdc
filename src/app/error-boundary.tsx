// Catches a render error in one view so the page never goes blank: the user sees a message in both
// languages and can go back; stored work is untouched.
import { Component, type ReactNode } from 'react';
import { translate, type Language } from '@/i18n/language';

interface Props {
  lang: Language;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const { lang } = this.props;
    return (
      <div role="alert" className="error-panel">
        <h2>{translate(lang, 'app.error.title')}</h2>
        <p>{translate(lang, 'app.error.body')}</p>
        <p>
          <a href="#/" onClick={() => this.setState({ error: null })}>
            {translate(lang, 'app.backToStart')}
          </a>
        </p>
      </div>
    );
  }
}
