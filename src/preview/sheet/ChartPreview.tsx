import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../taskpane/i18n/I18nProvider";
import type { MemoryChart } from "../MemoryWorkbookPort";

const WIDTH = 420;
const HEIGHT = 180;
const PAD = 28;
const COLOURS = [tokens.colorPaletteBlueForeground2, tokens.colorPaletteRedForeground2, tokens.colorPaletteGreenForeground2, tokens.colorPaletteDarkOrangeForeground2, tokens.colorPalettePurpleForeground2];

const useStyles = makeStyles({
  chart: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    flexShrink: 0,
    padding: tokens.spacingHorizontalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  svg: { width: "100%", maxWidth: `${WIDTH}px`, height: "auto" },
});

/** A plain SVG line chart standing in for the native Excel chart written by writeTable. */
export function ChartPreview({ chart }: { chart: MemoryChart }) {
  const styles = useStyles();
  const { t } = useI18n();
  const all = chart.series.flatMap((s) => s.values);
  const max = Math.max(...all, 0);
  const min = Math.min(...all, 0);
  const span = max - min || 1;
  const steps = Math.max(chart.categories.length - 1, 1);
  const x = (i: number) => PAD + (i * (WIDTH - 2 * PAD)) / steps;
  const y = (v: number) => HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / span;
  return (
    <figure className={styles.chart} data-testid="chart-preview">
      <Text weight="semibold">{t("preview.chart", { title: chart.title })}</Text>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={chart.title}>
        <line x1={PAD} y1={y(0)} x2={WIDTH - PAD} y2={y(0)} stroke={tokens.colorNeutralStroke1} />
        {chart.series.map((series, s) => (
          <polyline
            key={series.name}
            fill="none"
            stroke={COLOURS[s % COLOURS.length]}
            strokeWidth={2}
            points={series.values.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
          />
        ))}
        {chart.categories.map((category, i) => (
          <text key={category} x={x(i)} y={HEIGHT - 8} fontSize={9} textAnchor="middle" fill={tokens.colorNeutralForeground3}>
            {category}
          </text>
        ))}
      </svg>
      <div className={styles.legend}>
        {chart.series.map((series, s) => (
          <Text key={series.name} size={200} style={{ color: COLOURS[s % COLOURS.length] }}>
            ― {series.name}
          </Text>
        ))}
      </div>
    </figure>
  );
}
