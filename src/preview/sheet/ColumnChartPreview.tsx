import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../taskpane/i18n/I18nProvider";
import type { MemoryChart } from "../MemoryWorkbookPort";
import { displayValue } from "../displayFormat";
import { formatNumberNl } from "../../engine/shared/numbers";
import { CHAR_WIDTH, FONT_SIZE, WIDTH, chartFrame, chartSvg, valueTicks } from "./ChartPreview";

const HEIGHT = 200;
/** room for the value labels on the left and the category labels below */
const PAD = { left: 56, right: 8, top: 14, bottom: 28 };

const useStyles = makeStyles({
  chart: chartFrame,
  svg: chartSvg,
});

/** One drawn bar segment of a stacked column chart, in value units. */
export interface ColumnSegment {
  category: number;
  series: number;
  from: number;
  to: number;
}

/**
 * Excel's stacking: per category the positive values go up from 0 and the negative values down
 * from 0, each in series order. A series without fill (the base of a bridge) takes its room but
 * is not drawn.
 */
export function stackSegments(chart: Pick<MemoryChart, "categories" | "series">): ColumnSegment[] {
  const out: ColumnSegment[] = [];
  chart.categories.forEach((_, i) => {
    let up = 0;
    let down = 0;
    chart.series.forEach((s, k) => {
      const v = s.values[i] ?? 0;
      if (v === 0) return;
      const from = v > 0 ? up : down;
      const to = from + v;
      if (v > 0) up = to;
      else down = to;
      out.push({ category: i, series: k, from, to });
    });
  });
  return out;
}

/** A plain SVG stacked column chart standing in for the native Excel chart (the bridge). */
export function ColumnChartPreview({ chart }: { chart: MemoryChart }) {
  const styles = useStyles();
  const { t } = useI18n();
  const segments = stackSegments(chart);
  const ends = segments.flatMap((s) => [s.from, s.to]);
  const ticks = valueTicks(Math.min(...ends, 0), Math.max(...ends, 0));
  const min = ticks[0];
  const span = ticks[ticks.length - 1] - min || 1;
  const n = Math.max(chart.categories.length, 1);
  const slot = (WIDTH - PAD.left - PAD.right) / n;
  const barWidth = slot * 0.6;
  const x = (i: number) => PAD.left + i * slot + (slot - barWidth) / 2;
  const y = (v: number) => HEIGHT - PAD.bottom - ((v - min) * (HEIGHT - PAD.top - PAD.bottom)) / span;
  const maxChars = Math.max(3, Math.floor(slot / CHAR_WIDTH));
  const short = (label: string) => (label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label);
  return (
    <figure className={styles.chart} data-testid="chart-preview" data-chart-type="columnStacked">
      <Text weight="semibold">{t("preview.chart", { title: chart.title })}</Text>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={chart.title}>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} y1={y(v)} x2={WIDTH - PAD.right} y2={y(v)} stroke={v === 0 ? tokens.colorNeutralStroke1 : tokens.colorNeutralStroke3} />
            <text x={PAD.left - 4} y={y(v) + 3} fontSize={FONT_SIZE} textAnchor="end" fill={tokens.colorNeutralForeground3} data-axis="y">
              {formatNumberNl(v, 0)}
            </text>
          </g>
        ))}
        {segments.map((seg) => {
          const series = chart.series[seg.series];
          if (series.fill === null) return null;
          const top = y(Math.max(seg.from, seg.to));
          const height = Math.max(1, Math.abs(y(seg.from) - y(seg.to)));
          return (
            <rect
              key={`${seg.category}:${seg.series}`}
              x={x(seg.category)}
              y={top}
              width={barWidth}
              height={height}
              fill={series.fill ?? tokens.colorPaletteBlueForeground2}
              data-series={series.name}
              data-category={chart.categories[seg.category]}
            />
          );
        })}
        {segments.map((seg) => {
          const series = chart.series[seg.series];
          if (series.fill === null || series.labelFormat === undefined) return null;
          const label = displayValue(seg.to - seg.from, series.labelFormat);
          if (label === "") return null;
          return (
            <text
              key={`label ${seg.category}:${seg.series}`}
              x={x(seg.category) + barWidth / 2}
              y={y(Math.max(seg.from, seg.to)) - 3}
              fontSize={FONT_SIZE}
              textAnchor="middle"
              fill={tokens.colorNeutralForeground1}
              data-label={chart.categories[seg.category]}
            >
              {label}
            </text>
          );
        })}
        {chart.categories.map((category, i) => (
          <text key={i} x={x(i) + barWidth / 2} y={HEIGHT - 10} fontSize={FONT_SIZE} textAnchor="middle" fill={tokens.colorNeutralForeground3} data-axis="x">
            <title>{category}</title>
            {short(category)}
          </text>
        ))}
      </svg>
    </figure>
  );
}
