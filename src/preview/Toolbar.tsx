import * as React from "react";
import { Button, Dropdown, Option, Text, Toolbar as FluentToolbar, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../taskpane/i18n/I18nProvider";
import type { Language } from "../taskpane/i18n/types";
import type { MemoryWorkbookPort } from "./MemoryWorkbookPort";
import { demoWorkbook } from "./demo";

/** The name of the demo workbook; an opened file keeps its own name for saving. */
const DEMO_NAME = "rekenhulp-voorbeeld";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { marginRight: tokens.spacingHorizontalL },
  hidden: { display: "none" },
  message: { color: tokens.colorNeutralForeground2 },
  language: { minWidth: "120px" },
});

/** exceljs is big: it is only fetched (from this same server) when a file is opened or saved. */
const loadExcelJs = () => import(/* webpackChunkName: "exceljs" */ "exceljs");
const loadJsZip = () => import(/* webpackChunkName: "exceljs" */ "jszip");

/** Demo reset, .xlsx open/save (all in the browser) and the language switch. */
export function PreviewToolbar({ port }: { port: MemoryWorkbookPort }) {
  const styles = useStyles();
  const { t, language, setLanguage } = useI18n();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [message, setMessage] = React.useState("");

  const [bookName, setBookName] = React.useState(DEMO_NAME);
  // sheets present when the workbook was last loaded or saved: any other sheet is an unsaved result
  const savedSheets = React.useRef(new Set(port.sheetNames()));
  const remember = () => {
    savedSheets.current = new Set(port.sheetNames());
  };

  const openFile = async (file: File) => {
    const unsaved = port.sheetNames().filter((name) => !savedSheets.current.has(name));
    if (unsaved.length > 0 && !window.confirm(t("preview.replaceConfirm", { sheets: unsaved.join(", "), file: file.name }))) {
      setMessage(t("preview.openCancelled", { file: file.name }));
      return;
    }
    setMessage(t("preview.opening", { file: file.name }));
    try {
      const [{ readXlsx, checkXlsx, checkXlsxSize, XlsxOpenError }, exceljs, jszip] = await Promise.all([import("./xlsx"), loadExcelJs(), loadJsZip()]);
      try {
        // before reading the bytes: a 2 GB file is refused without loading it
        checkXlsxSize(file.size);
        const data = await file.arrayBuffer();
        await checkXlsx(jszip.default, data);
        const book = await readXlsx(exceljs, data);
        port.load(book);
        remember();
        setBookName(file.name.replace(/\.xlsx$/i, "") || DEMO_NAME);
        setMessage(t("preview.loaded", { file: file.name, sheets: book.sheets.length }));
      } catch (error) {
        // a reason of our own is shown as is; anything else is a damaged file, never English library text
        setMessage(t("preview.fileError", { file: file.name, message: error instanceof XlsxOpenError ? error.message : t("preview.damaged") }));
      }
    } catch {
      setMessage(t("preview.fileError", { file: file.name, message: t("preview.damaged") }));
    }
  };

  const save = async () => {
    const [{ writeXlsx }, exceljs] = await Promise.all([import("./xlsx"), loadExcelJs()]);
    const book = port.toWorkbook();
    const bytes = await writeXlsx(exceljs, book);
    const fileName = `${bookName}.xlsx`;
    const url = URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    remember();
    const charts = book.charts.length > 0 ? ` ${t("preview.chartsNotSaved", { count: book.charts.length })}` : "";
    setMessage(`${t("preview.saved", { file: fileName })}${charts} ${t("preview.settingsNotSaved")}`);
  };

  return (
    <FluentToolbar className={styles.bar} aria-label={t("preview.title")}>
      <Text as="h1" weight="semibold" className={styles.title}>
        {t("preview.title")}
      </Text>
      <Button
        data-testid="preview-demo"
        onClick={() => {
          port.load(demoWorkbook());
          remember();
          setBookName(DEMO_NAME);
          setMessage(t("preview.demoLoaded"));
        }}
      >
        {t("preview.demo")}
      </Button>
      <Button data-testid="preview-open" onClick={() => fileInput.current?.click()}>
        {t("preview.open")}
      </Button>
      <input
        ref={fileInput}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="preview-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) void openFile(file);
        }}
      />
      <Button data-testid="preview-save" onClick={() => void save()}>
        {t("preview.save")}
      </Button>
      <Dropdown
        className={styles.language}
        aria-label={t("language.label")}
        value={t(`language.${language}`)}
        selectedOptions={[language]}
        onOptionSelect={(_, data) => setLanguage(data.optionValue as Language)}
        data-testid="preview-language"
      >
        <Option value="nl">{t("language.nl")}</Option>
        <Option value="en">{t("language.en")}</Option>
      </Dropdown>
      <Text size={200} className={styles.message} aria-live="polite" data-testid="preview-message">
        {message}
      </Text>
    </FluentToolbar>
  );
}
