import type { ReactNode } from 'react';
import type { HomeOutput, Sums, TotalsCurrency } from '../../../shared/ipc/views';
import { number, total } from '../format';
import { ConvertedNote } from '../components/ConvertedNote';
import { useAppStore } from '../state/appStore';
import type { ViewPreset } from '../state/views';

type Period = 'any' | 'this-month' | 'this-quarter' | 'overdue';

/** A figure whose title opens the list it counts (the whole card takes the click). */
function Figure(props: {
  label: string;
  open(): void;
  value: string;
  detail: ReactNode;
  tone?: 'warn' | undefined;
}) {
  return (
    <section className="kpi home-figure" aria-label={props.label} data-tone={props.tone}>
      <h2>
        <button type="button" className="kpi-link" onClick={props.open}>
          {props.label}
        </button>
      </h2>
      <p className="kpi-value">{props.value}</p>
      <p className="muted">{props.detail}</p>
    </section>
  );
}

// The weighted amount stays on one line: "≈" parted from its figure reads as two values.
const deals = (sums: Sums, totals: TotalsCurrency, currency: string | null) => (
  <>
    {number(sums.count)} {sums.count === 1 ? 'deal' : 'deals'} · weighted{' '}
    <span className="kpi-amount">{total(sums.weighted, totals, currency)}</span>
  </>
);

/** The rep's numbers, each leading to its list already filtered to what it counts. */
export function HomeFigures(props: { home: HomeOutput; currency: string | null }) {
  const navigate = useAppStore((s) => s.navigate);
  const { home, currency } = props;
  const pipeline = (period: Period): ViewPreset => ({
    view: 'pipeline',
    owner: 'me',
    close: { period },
  });
  // A figure is marked ≈ only when it adds amounts from another currency.
  const figure = (
    label: string,
    key: keyof HomeOutput['figureCurrencies'],
    period: Period,
    tone?: 'warn',
  ) => (
    <Figure
      label={label}
      open={() => navigate('pipeline', pipeline(period))}
      value={total(home[key].total, home.figureCurrencies[key], currency)}
      detail={deals(home[key], home.figureCurrencies[key], currency)}
      tone={tone}
    />
  );
  return (
    <>
      <div className="kpis">
        {figure('Your open pipeline', 'openPipeline', 'any')}
        {figure('Closing this month', 'closingThisMonth', 'this-month')}
        {figure('Closing this quarter', 'closingThisQuarter', 'this-quarter')}
        {figure(
          'Overdue close dates',
          'overdue',
          'overdue',
          home.overdue.count ? 'warn' : undefined,
        )}
        <Figure
          label="New leads this week"
          open={() =>
            navigate('leads', {
              view: 'leads',
              filter: { owner: 'me', created: { period: 'this-week' } },
            })
          }
          value={number(home.newLeadsThisWeek)}
          detail="Yours, created since Monday"
        />
        <Figure
          label="Your open tasks"
          open={() => navigate('tasks')}
          value={number(home.openTasks.count)}
          detail={`${number(home.openTasks.overdue)} past due`}
          tone={home.openTasks.overdue ? 'warn' : undefined}
        />
      </div>
      <ConvertedNote totals={home.currency} what="Deal totals, across every sales process," />
    </>
  );
}
