import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../taskpane/i18n/I18nProvider";
import type { MemoryChart } from "../MemoryWorkbookPort";
import { formatNumberNl } from "../../engine/shared/numbers";

/** Shared by every chart kind the preview draws (line, stacked column), so they look alike. */
export const WIDTH = 420;
export const FONT_SIZE = 9;
/** a little more than the average width of a digit or letter at FONT_SIZE, so labels never touch */
export const CHAR_WIDTH = 5.6;
/** the figure around a chart: a rule above, the title and the drawing stacked */
export const chartFrame = {
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalXS,
  margin: 0,
  flexShrink: 0,
  padding: tokens.spacingHorizontalS,
  borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
} as const;
export const chartSvg = { width: "100%", maxWidth: `${WIDTH}px`, height: "auto" } as const;
const HEIGHT = 180;
/** room for the value labels on the left and the month labels below */
const PAD = { left: 40, right: 12, top: 10, bottom: 24 };
const COLOURS = [tokens.colorPaletteBlueForeground2, tokens.colorPaletteRedForeground2, tokens.colorPaletteGreenForeground2, tokens.colorPaletteDarkOrangeForeground2, tokens.colorPalettePurpleForeground2];

const useStyles = makeStyles({
  chart: chartFrame,
  legend: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  svg: chartSvg,
});

/** A plain SVG line chart standing in for the native Excel chart written by writeTable. */
export function ChartPreview({ chart }: { chart: MemoryChart }) {
  const styles = useStyles();
  const { t } = useI18n();
  const all = chart.series.flatMap((s) => s.values);
  const ticks = valueTicks(Math.min(...all, 0), Math.max(...all, 0));
  const min = ticks[0];
  const span = ticks[ticks.length - 1] - min || 1;
  const steps = Math.max(chart.categories.length - 1, 1);
  const widest = Math.max(...chart.categories.map((c) => c.length), 1) * CHAR_WIDTH + 6;
  // the last month label is centred on the right edge of the plot: leave room for its half
  const right = Math.max(PAD.right, widest / 2);
  const plotWidth = WIDTH - PAD.left - right;
  const x = (i: number) => PAD.left + (i * plotWidth) / steps;
  const y = (v: number) => HEIGHT - PAD.bottom - ((v - min) * (HEIGHT - PAD.top - PAD.bottom)) / span;
  // label every k-th category so that 36 months do not print on top of each other
  const every = Math.max(1, Math.ceil(widest / (plotWidth / steps)));
  const tickDecimals = decimalsOf(ticks.length > 1 ? ticks[1] - ticks[0] : 1);
  return (
    <figure className={styles.chart} data-testid="chart-preview">
      <Text weight="semibold">{t("preview.chart", { title: chart.title })}</Text>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={chart.title}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} y1={y(v)} x2={WIDTH - right} y2={y(v)} stroke={v === 0 ? tokens.colorNeutralStroke1 : tokens.colorNeutralStroke3} />
            <text x={PAD.left - 4} y={y(v) + 3} fontSize={FONT_SIZE} textAnchor="end" fill={tokens.colorNeutralForeground3} data-axis="y">
              {formatNumberNl(v, tickDecimals)}
            </text>
          </g>
        ))}
        {chart.series.map((series, s) => (
          <polyline
            key={series.name}
            fill="none"
            stroke={COLOURS[s % COLOURS.length]}
            strokeWidth={2}
            points={series.values.map((v, i) => `${x(i)},${y(v)}`).join(" ")}
          />
        ))}
        {chart.categories.map((category, i) =>
          i % every === 0 ? (
            <text key={category} x={x(i)} y={HEIGHT - 8} fontSize={FONT_SIZE} textAnchor="middle" fill={tokens.colorNeutralForeground3} data-axis="x">
              {category}
            </text>
          ) : null,
        )}
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

/** Round steps (1, 2 or 5 × 10^n) from at most `min` to at least `max`: four or five gridlines, like a spreadsheet's axis. */
export function valueTicks(min: number, max: number): number[] {
  if (!(max > min)) return max > 0 ? [0, max] : [min, min + 1];
  const raw = (max - min) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= raw) ?? 10 * power;
  const first = Math.floor(min / step) * step;
  const ticks: number[] = [];
  // at most 6 steps: first ≤ min and step ≥ (max − min)/4
  for (let k = 0; k <= 6 && first + (k - 1) * step < max; k++) ticks.push(Number((first + k * step).toPrecision(12)));
  return ticks;
}

function decimalsOf(step: number): number {
  return step >= 1 ? 0 : Math.min(6, Math.ceil(-Math.log10(step) - 1e-9));
}
