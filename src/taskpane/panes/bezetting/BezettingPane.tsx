import * as React from "react";
import { Text } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";

/** The Bezetting pane. Until its capability lands it only says what it will do (no fake buttons). */
export function BezettingPane() {
  const { t } = useI18n();
  return <Text as="p" data-testid="pane-bezetting">{t("bezetting.intro")}</Text>;
}
