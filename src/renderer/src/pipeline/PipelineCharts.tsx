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
  const chart = (title: string, data: typeof byMonth) => (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" fontSize={11} />
          <YAxis tickFormatter={axis} fontSize={11} width={64} />
          <Tooltip formatter={tip} />
          <Legend />
          <Bar dataKey="Total" fill="#1f5fbf" isAnimationActive={false} />
          <Bar dataKey="Weighted" fill="#8fb0e3" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
  return (
    <div className="charts">
      {chart('Open pipeline by close month', byMonth)}
      {chart('Open pipeline by stage', byStage)}
    </div>
  );
}
