/** A small uPlot chart: a time axis of report periods and one or more series (lines or bars). */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export type ChartSeries = { label: string; values: (number | null)[]; color: string };

/** "YYYY-MM-DD" or "YYYY-MM" → Unix seconds (the period's first day, UTC). */
export const periodSeconds = (period: string) =>
  Date.parse(`${period.length === 7 ? `${period}-01` : period}T00:00:00Z`) / 1000;

export function ReportChart({
  title,
  xs,
  series,
  bars = false,
  yRange,
}: {
  title: string;
  xs: number[];
  series: ChartSeries[];
  bars?: boolean;
  yRange?: [number, number];
}) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || xs.length === 0) return;
    const width = Math.max(320, Math.min(el.clientWidth || 800, 1000));
    const plot = new uPlot(
      {
        title,
        width,
        height: 260,
        scales: {
          // Half a day either side, so that a single period is a bar, not a span of years.
          x: {
            time: true,
            auto: false,
            range: [(xs[0] ?? 0) - 43_200, (xs[xs.length - 1] ?? 0) + 43_200],
          },
          y: yRange ? { range: yRange } : {},
        },
        series: [
          {},
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            ...(bars
              ? { fill: s.color, paths: uPlot.paths.bars?.({ size: [0.6, 60] }) }
              : { points: { show: true } }),
          })),
        ],
        axes: [{}, { size: 50 }],
      },
      [xs, ...series.map((s) => s.values)] as uPlot.AlignedData,
      el,
    );
    return () => plot.destroy();
  }, [title, xs, series, bars, yRange]);
  return <div class="report-chart" ref={host} role="img" aria-label={title} />;
}
