/** Each source's figures over time for one category (Chart.js, a linear time axis in days). */
import { Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartDataset } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { SourceTimeline } from '../../tally/reconcile.js';
import { figureText, num } from '../format.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);

const COLORS = ['#c0392b', '#2471a3', '#1e8449', '#b9770e', '#7d3c98', '#117a65', '#a04000', '#2e4053', '#d35400', '#5b2c6f'];
const DAY = 86_400_000;

interface Point {
  x: number;
  y: number;
  label: string;
}

export function TimelineChart({ sources }: { sources: SourceTimeline[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const datasets: ChartDataset<'line', Point[]>[] = sources
    .map((s, i) => ({
      label: s.source,
      data: s.figures
        .filter((f) => f.asOf)
        .map((f) => ({ x: Date.parse(`${f.asOf!.slice(0, 10)}T00:00:00Z`) / DAY, y: f.estimate, label: `${figureText(f)} — ${f.namedAs}${f.via.length ? ` via ${f.via.join(', ')}` : ''}` })),
      borderColor: COLORS[i % COLORS.length],
      backgroundColor: COLORS[i % COLORS.length],
      stepped: 'before' as const,
      pointRadius: 4,
    }))
    .filter((d) => d.data.length > 0);

  // A few days either side, so that figures of a single day do not sit on an empty year.
  const days = datasets.flatMap((d) => d.data.map((p) => p.x));
  const [first, last] = days.length ? [Math.min(...days), Math.max(...days)] : [0, 0];
  const pad = Math.max(2, Math.round((last - first) * 0.05));

  useEffect(() => {
    if (!canvas.current || !datasets.length) return;
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
            ticks: { precision: 0, stepSize: Math.max(1, Math.ceil((last - first + 2 * pad) / 8)), callback: (v) => new Date(Number(v) * DAY).toISOString().slice(0, 10) },
          },
          y: { type: 'linear', beginAtZero: true, ticks: { callback: (v) => num(Number(v)) } },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              title: (items) => (items[0] ? new Date(items[0].parsed.x! * DAY).toISOString().slice(0, 10) : ''),
              label: (item) => `${item.dataset.label}: ${(item.raw as Point).label}`,
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [JSON.stringify(datasets.map((d) => [d.label, d.data]))]);

  if (!datasets.length) return <p class="muted">No dated figures to chart.</p>;
  return (
    <div class="chart" data-testid="timeline-chart">
      <canvas ref={canvas} role="img" aria-label="Each source's figures over time" />
    </div>
  );
}
