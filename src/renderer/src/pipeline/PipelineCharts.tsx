import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { PipelineOutput } from '../../../shared/ipc/views';
import { money, month } from '../format';

// The charts' colours are the theme's, so dark mode follows; legend text is ink, not bar colour.
const tooltip = { background: 'var(--panel)', borderColor: 'var(--line)', color: 'var(--ink)' };

/** A long stage name on a slanted axis, cut; the bar's tooltip says it whole. */
const shortLabel = (label: string) => (label.length > 18 ? `${label.slice(0, 17)}…` : label);

/** Open pipeline by close month and by stage, total and weighted. */
export function PipelineCharts(props: { board: PipelineOutput; currency: string | null }) {
  const { board } = props;
  const currency = board.currency?.code ?? props.currency;
  const axis = (value: number) => money(value, currency, true);
  const tip = (value: unknown) => money(Number(value), currency);
  const byMonth = board.byMonth.map((m) => ({
    name: month(m.month),
    Total: m.sums.total,
    Weighted: m.sums.weighted,
  }));
  const byStage = board.stages.map((s) => ({
    name: s.label,
    Total: s.sums.total,
    Weighted: s.sums.weighted,
  }));
  // Stages are many and long-named: every one is labelled, slanted, rather than some dropped.
  const chart = (title: string, data: typeof byMonth, slanted = false) => (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--line)" />
          {slanted ? (
            <XAxis
              dataKey="name"
              fontSize={11}
              tick={{ fill: 'var(--muted)' }}
              interval={0}
              angle={-40}
              textAnchor="end"
              height={78}
              tickFormatter={shortLabel}
            />
          ) : (
            <XAxis dataKey="name" fontSize={11} tick={{ fill: 'var(--muted)' }} />
          )}
          <YAxis tickFormatter={axis} fontSize={11} width={64} tick={{ fill: 'var(--muted)' }} />
          <Tooltip formatter={tip} contentStyle={tooltip} cursor={{ fill: 'var(--hover)' }} />
          <Legend formatter={(name: string) => <span className="chart-legend">{name}</span>} />
          <Bar dataKey="Total" fill="var(--chart-total)" isAnimationActive={false} />
          <Bar dataKey="Weighted" fill="var(--chart-weighted)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
  return (
    <div className="charts">
      {chart('Open pipeline by close month', byMonth)}
      {chart('Open pipeline by stage', byStage, true)}
    </div>
  );
}
