import * as React from "react";
import { flushSync } from "react-dom";
import { Button, Dropdown, Option, Text, Toolbar as FluentToolbar, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../taskpane/i18n/I18nProvider";
import type { Language } from "../taskpane/i18n/types";
import type { MemoryChart, MemoryWorkbookPort } from "./MemoryWorkbookPort";
import { chartPicture, type ChartPicture } from "./chartPicture";
import { ChartFigure } from "./sheet/ChartFigure";
import { demoWorkbook } from "./demo";
import { checkXlsxSize, XlsxOpenError, type OpenProgress } from "./xlsx";
import { openInWorker, XlsxWorkerError, type OpenTask } from "./openInWorker";

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
  /** laid out and painted, but out of sight: the charts whose pictures go into a saved file */
  offscreen: { position: "fixed", left: "-10000px", top: 0, width: "440px" },
});

/** exceljs is big: it is only fetched (from this same server) when a file is opened or saved. */
const loadExcelJs = () => import(/* webpackChunkName: "exceljs" */ "exceljs");

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

  // the file being opened: a new open or the demo button stops it, so a late result never replaces newer work
  const opening = React.useRef<OpenTask | null>(null);
  const stopOpening = () => {
    opening.current?.cancel();
    opening.current = null;
  };

  const openFile = async (file: File) => {
    const unsaved = port.sheetNames().filter((name) => !savedSheets.current.has(name));
    if (unsaved.length > 0 && !window.confirm(t("preview.replaceConfirm", { sheets: unsaved.join(", "), file: file.name }))) {
      setMessage(t("preview.openCancelled", { file: file.name }));
      return;
    }
    stopOpening();
    setMessage(t("preview.opening", { file: file.name }));
    let task: OpenTask | undefined;
    try {
      // before reading the bytes: a 2 GB file is refused without loading it
      checkXlsxSize(file.size);
      const data = await file.arrayBuffer();
      // checking and parsing run in a Web Worker: the page stays responsive and shows progress
      task = openInWorker(data, (progress) => {
        if (opening.current === task) setMessage(progressText(progress, file.name));
      });
      opening.current = task;
      const book = await task.result;
      if (opening.current !== task) return;
      opening.current = null;
      port.adopt(book);
      remember();
      setBookName(file.name.replace(/\.xlsx$/i, "") || DEMO_NAME);
      setMessage(t("preview.loaded", { file: file.name, sheets: book.sheets.length }));
    } catch (error) {
      if (task && opening.current !== task) return;
      opening.current = null;
      // a reason of our own is shown as is; anything else is a damaged file, never English library text
      const reason = error instanceof XlsxOpenError ? error.message : error instanceof XlsxWorkerError ? t("preview.workerFailed") : t("preview.damaged");
      setMessage(t("preview.fileError", { file: file.name, message: reason }));
    }
  };

  const progressText = (progress: OpenProgress, file: string): string =>
    progress.step === "convert" ? t("preview.progress.convert", { file, sheet: progress.sheet, sheets: progress.sheets }) : t(`preview.progress.${progress.step}`, { file });

  // charts drawn off screen while saving, to take their pictures (exceljs cannot write charts)
  const [picturing, setPicturing] = React.useState<MemoryChart[]>([]);
  const pictureBox = React.useRef<HTMLDivElement>(null);
  const chartPictures = async (charts: MemoryChart[]): Promise<(ChartPicture | null)[]> => {
    if (charts.length === 0) return [];
    flushSync(() => setPicturing(charts));
    try {
      const drawn = Array.from(pictureBox.current?.children ?? []);
      return await Promise.all(
        charts.map(async (_, i) => {
          const figure = drawn[i]?.querySelector("figure");
          // a chart that cannot be drawn is left out of the file, and the message says so
          return figure ? chartPicture(figure).catch(() => null) : null;
        }),
      );
    } finally {
      setPicturing([]);
    }
  };

  const save = async () => {
    const [{ writeXlsx }, exceljs] = await Promise.all([import("./xlsx"), loadExcelJs()]);
    const book = port.toWorkbook();
    const pictures = await chartPictures(book.charts);
    const bytes = await writeXlsx(exceljs, book, pictures);
    const fileName = `${bookName}.xlsx`;
    const url = URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    remember();
    const asPictures = pictures.filter(Boolean).length;
    const left = book.charts.length - asPictures;
    const charts = [
      ...(asPictures > 0 ? [t("preview.chartsAsPictures", { count: asPictures })] : []),
      ...(left > 0 ? [t("preview.chartsNotSaved", { count: left })] : []),
    ];
    setMessage([t("preview.saved", { file: fileName }), ...charts, t("preview.settingsNotSaved")].join(" "));
  };

  return (
    <FluentToolbar className={styles.bar} aria-label={t("preview.title")}>
      <Text as="h1" weight="semibold" className={styles.title}>
        {t("preview.title")}
      </Text>
      <Button
        data-testid="preview-demo"
        onClick={() => {
          stopOpening();
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
      {picturing.length > 0 && (
        <div ref={pictureBox} className={styles.offscreen} aria-hidden="true">
          {picturing.map((chart, i) => (
            <div key={i}>
              <ChartFigure chart={chart} />
            </div>
          ))}
        </div>
      )}
    </FluentToolbar>
  );
}
