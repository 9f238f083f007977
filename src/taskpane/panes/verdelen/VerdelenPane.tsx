import * as React from "react";
import { Text } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";

/** The Verdelen pane. Until its capability lands it only says what it will do (no fake buttons). */
export function VerdelenPane() {
  const { t } = useI18n();
  return <Text as="p" data-testid="pane-verdelen">{t("verdelen.intro")}</Text>;
}
