import * as React from "react";
import { Text } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";

/** The Indexeren pane. Until its capability lands it only says what it will do (no fake buttons). */
export function IndexerenPane() {
  const { t } = useI18n();
  return <Text as="p" data-testid="pane-indexeren">{t("indexeren.intro")}</Text>;
}
