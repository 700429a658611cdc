import type { Sums } from '../../../shared/ipc/views';
import { api } from '../api';
import { DataAge } from '../components/DataAge';
import { LoadError, Loading } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { money, number } from '../format';
import { useCurrency } from '../records/useCurrency';
import { useAppStore } from '../state/appStore';

function Figure(props: { label: string; sums: Sums; currency: string | null; tone?: 'warn' }) {
  return (
    <section className="kpi" aria-label={props.label} data-tone={props.tone}>
      <h2>{props.label}</h2>
      <p className="kpi-value">{money(props.sums.total, props.currency)}</p>
      <p className="muted">
        {number(props.sums.count)} {props.sums.count === 1 ? 'deal' : 'deals'} · weighted{' '}
        {money(props.sums.weighted, props.currency)}
      </p>
    </section>
  );
}

/** The rep's day at a glance: their own pipeline, what closes soon, what slipped, new leads. */
export function HomeView() {
  const navigate = useAppStore((s) => s.navigate);
  const currency = useCurrency();
  const records = useAppStore((s) => s.sync?.records ?? 0);
  const loaded = useIpc(() => api().home.summary({}), []);
  if (loaded.error) return <LoadError what="your figures" message={loaded.error} />;
  const home = loaded.data;
  if (!home) return <Loading what="your figures" />;
  return (
    <div className="home">
      <DataAge />
      <div className="kpis">
        <Figure label="Your open pipeline" sums={home.openPipeline} currency={currency} />
        <Figure label="Closing this month" sums={home.closingThisMonth} currency={currency} />
        <Figure label="Closing this quarter" sums={home.closingThisQuarter} currency={currency} />
        <Figure
          label="Overdue close dates"
          sums={home.overdue}
          currency={currency}
          {...(home.overdue.count > 0 ? { tone: 'warn' as const } : {})}
        />
        <section className="kpi" aria-label="New leads this week">
          <h2>New leads this week</h2>
          <p className="kpi-value">{number(home.newLeadsThisWeek)}</p>
          <button type="button" className="link-button" onClick={() => navigate('leads')}>
            Open Leads
          </button>
        </section>
        <section className="kpi" aria-label="Your open tasks">
          <h2>Your open tasks</h2>
          <p className="kpi-value">{number(home.openTasks.count)}</p>
          <p className={home.openTasks.overdue > 0 ? 'overdue' : 'muted'}>
            {number(home.openTasks.overdue)} past due
          </p>
        </section>
      </div>
      <p className="muted">
        {number(records)} records on this computer.{' '}
        <button type="button" className="link-button" onClick={() => navigate('pipeline')}>
          Open the pipeline
        </button>
      </p>
    </div>
  );
}
