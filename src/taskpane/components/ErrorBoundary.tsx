import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { translate } from "../i18n/catalogue";
import type { Language } from "../i18n/types";

interface Props {
  language: Language;
  children: React.ReactNode;
}
interface State {
  error: Error | null;
}

/** Keeps one broken pane from blanking the whole add-in, and says so in words. */
export class ErrorBoundary extends React.Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = (key: string, params?: Record<string, string>) => translate(this.props.language, key, params);
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{t("error.boundary.title")}</MessageBarTitle>
          {t("error.boundary.body", { message: error.message })}
        </MessageBarBody>
        <Button size="small" onClick={() => this.setState({ error: null })}>
          {t("error.boundary.retry")}
        </Button>
      </MessageBar>
    );
  }
}
