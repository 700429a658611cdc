import type { ReactNode } from 'react';
import type { RecordRow } from '../../../shared/ipc/views';
import { ExternalLink } from '../components/ExternalLink';
import { day, instant, money, text } from '../format';
import { fieldLists, type FieldLine } from './fieldLists';
import { currencyOf } from './useCurrency';

function valueOf(line: FieldLine, r: RecordRow, currency: string | null): ReactNode {
  switch (line.show) {
    case 'joined':
      return text(
        line.fields
          .map((field) => r[field])
          .filter((v) => v !== null && v !== undefined && v !== '')
          .join(', '),
      );
    case 'phone':
    case 'email':
    case 'website':
      return <ExternalLink kind={line.show} value={r[line.field]} />;
    case 'money':
      return money(r[line.field] as number | null, currencyOf(r, currency));
    case 'percent':
      return r[line.field] === null ? '—' : `${String(r[line.field])} %`;
    case 'day':
      return day(r[line.field]);
    case 'instant':
      return instant(r[line.field]);
    case 'text':
      return text(r[line.field]);
  }
}

export function FieldList(props: {
  object: keyof typeof fieldLists;
  record: RecordRow;
  currency: string | null;
}) {
  return (
    <dl className="facts record-facts">
      {fieldLists[props.object].map((line) => (
        <div key={line.label}>
          <dt>{line.label}</dt>
          <dd>{valueOf(line, props.record, props.currency)}</dd>
        </div>
      ))}
    </dl>
  );
}
