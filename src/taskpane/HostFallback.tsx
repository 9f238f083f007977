import * as React from "react";
import { Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { useI18n } from "./i18n/I18nProvider";

/** Shown while Office starts, when the page is opened outside Excel, or when Office never answers. */
export function HostFallback({ state, timeoutSeconds }: { state: "loading" | "no-host" | "timeout"; timeoutSeconds: number }) {
  const { t } = useI18n();
  if (state === "loading") return <Spinner label={t("host.loading")} data-testid="host-loading" />;
  if (state === "timeout") {
    return (
      <MessageBar intent="warning" data-testid="host-timeout">
        <MessageBarBody>
          <MessageBarTitle>{t("host.timeout.title")}</MessageBarTitle>
          {t("host.timeout.body", { seconds: timeoutSeconds })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" data-testid="host-none">
      <MessageBarBody>
        <MessageBarTitle>{t("host.none.title")}</MessageBarTitle>
        {t("host.none.body")} <Link href="preview.html">{t("host.none.preview")}</Link>
      </MessageBarBody>
    </MessageBar>
  );
}
