/**
 * Each source's running totals over time for one category (Chart.js, a linear time axis in days).
 *
 * - One point per source per as-of day: the source's total for that day (its last figure).
 *   Only totals are drawn (the tally keeps sub-counts and increments off the timelines), so no
 *   line ever joins one report's sub-counts.
 * - Points of different sources on the same day are set slightly apart and drawn in different
 *   shapes, so that equal figures stay visible.
 * - The range of current totals is a bar beside the latest day.
 * - The axis fits the figures that matter: a point far from all the others in time (a
 *   retrospective a year later) is left off the axis and named under the chart.
 */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset, type PointStyle } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { SourceTimeline } from '../api.js';
import { figureText, num } from '../format.js';
import { axisDays } from '../time-axis.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

const COLORS = ['#c0392b', '#2471a3', '#1e8449', '#b9770e', '#7d3c98', '#117a65', '#a04000', '#2e4053', '#d35400', '#5b2c6f'];
const SHAPES: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star', 'rectRounded', 'cross'];
const DAY = 86_400_000;
interface Point {
  x: number;
  y: number;
  label: string;
}

const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY;
const dayText = (d: number) => new Date(Math.round(d) * DAY).toISOString().slice(0, 10);

export function TimelineChart({ sources, range }: { sources: SourceTimeline[]; range?: { min: number; max: number } | null }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const perSource = sources
    .map((s, i) => {
      // One point per as-of day: the day's last figure (figures come in time order).
      const byDay = new Map<number, (typeof s.figures)[number]>();
      for (const f of s.figures) if (f.asOf) byDay.set(dayOf(f.asOf), f);
      return { s, i, days: [...byDay] };
    })
    .filter((p) => p.days.length > 0);

  const { first, last } = axisDays(perSource.flatMap((p) => p.days.map(([d]) => d)));
  const pad = Math.max(2, Math.round((last - first) * 0.05));
  const offAxis: string[] = [];
  const n = perSource.length;
  const datasets: ChartDataset<'line', Point[]>[] = perSource.map(({ s, i, days }, k) => {
    // Sources side by side within a day, so that the same figure on the same day shows twice.
    const shift = n > 1 ? ((k - (n - 1) / 2) / n) * 0.6 : 0;
    const data: Point[] = [];
    for (const [d, f] of days) {
      if (d < first || d > last) {
        offAxis.push(`${s.source}: ${figureText(f)} (${dayText(d)})`);
        continue;
      }
      data.push({ x: d + shift, y: f.estimate, label: `${figureText(f)} — ${f.namedAs}${f.via.length ? ` via ${f.via.join(', ')}` : ''}` });
    }
    return {
      label: s.source,
      data,
      borderColor: COLORS[i % COLORS.length],
      backgroundColor: COLORS[i % COLORS.length],
      stepped: 'before' as const,
      pointStyle: SHAPES[i % SHAPES.length],
      pointRadius: 5,
      pointHoverRadius: 7,
    };
  });
  if (range && datasets.some((d) => d.data.length)) {
    // The range of current totals as a bar beside the latest day.
    const x = last + pad / 2;
    datasets.push({
      label: 'range of current totals',
      data: [
        { x, y: range.min, label: `lowest current total ${num(range.min)}` },
        { x, y: range.max, label: `highest current total ${num(range.max)}` },
      ],
      borderColor: '#8e2b1f55',
      backgroundColor: '#8e2b1f55',
      borderWidth: 10,
      borderCapStyle: 'butt',
      pointRadius: 0,
      pointHitRadius: 8,
    });
  }

  useEffect(() => {
    if (!canvas.current || !datasets.some((d) => d.data.length)) return;
    const chart = new Chart<'line', Point[]>(canvas.current, {
      type: 'line',
      data: { datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: false,
        scales: {
          x: {
            type: 'linear',
            min: first - pad,
            max: last + pad,
            ticks: { precision: 0, stepSize: Math.max(1, Math.ceil((last - first + 2 * pad) / 8)), callback: (v) => dayText(Number(v)) },
          },
          y: { type: 'linear', beginAtZero: true, ticks: { callback: (v) => num(Number(v)) } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: {
              title: (items) => (items[0] ? dayText(items[0].parsed.x!) : ''),
              label: (item) => `${item.dataset.label}: ${(item.raw as Point).label}`,
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [JSON.stringify(datasets.map((d) => [d.label, d.data])), first, last]);

  if (!datasets.some((d) => d.data.length)) return <p class="muted">No dated totals to chart.</p>;
  return (
    <>
      <div class="chart" data-testid="timeline-chart">
        <canvas ref={canvas} role="img" aria-label="Each source's running totals over time" />
      </div>
      {offAxis.length > 0 && <p class="muted">Far from the other figures in time, not on the axis: {offAxis.join('; ')}</p>}
    </>
  );
}
