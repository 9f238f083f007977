import * as React from "react";
import { translate, type Translate } from "./catalogue";
import type { Language } from "./types";

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = React.createContext<I18nValue>({
  language: "nl",
  setLanguage: () => undefined,
  t: (key, params) => translate("nl", key, params),
});

export function I18nProvider({ initial = "nl", children }: { initial?: Language; children: React.ReactNode }) {
  const [language, setLanguage] = React.useState<Language>(initial);
  const value = React.useMemo<I18nValue>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const { t } = useI18n(); t("verdelen.title")` */
export function useI18n(): I18nValue {
  return React.useContext(I18nContext);
}
