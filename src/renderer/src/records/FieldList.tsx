import type { FieldMeta } from '../../../shared/editing';
import type { FormSection } from '../../../shared/ipc/edits';
import type { RecordRow } from '../../../shared/ipc/views';
import { api } from '../api';
import { LoadError, Loading } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { LoadedForm, ownFields } from '../edit/RecordForm';
import { fieldLists, type FieldLine } from './fieldLists';
import { shownValue } from './fieldValue';
import './recordFields.css';

type Props = {
  object: keyof typeof fieldLists;
  record: RecordRow;
  currency: string | null;
  /** The fields turn into the record's form, in place. */
  editing: boolean;
  onDone(): void;
};

const fieldsOf = (line: FieldLine) => (line.show === 'joined' ? line.fields : [line.field]);

/** Roadbook's own list, with describe's labels where a line is one field describe knows. */
function ownSections(object: Props['object'], metas: Map<string, FieldMeta>): FormSection[] {
  const items = fieldLists[object].map((line) => {
    const fields = fieldsOf(line);
    const label = (fields.length === 1 && metas.get(fields[0]!)?.label) || line.label;
    return { label, fields, required: false, editable: false, creatable: false };
  });
  return [{ heading: '', items }];
}

/**
 * A record's fields as the rep's page layout for its record type orders them, under the
 * layout's section headings; Roadbook's own list where no layout is cached. Editing turns the
 * same place into the form.
 */
export function FieldList(props: Props) {
  const recordTypeId =
    typeof props.record['RecordTypeId'] === 'string' ? props.record['RecordTypeId'] : null;
  const form = useIpc(
    () => api().edits.form({ object: props.object, recordTypeId }),
    [props.object, recordTypeId],
  );
  const noun = props.object.toLowerCase();
  if (props.editing) {
    if (form.error) return <LoadError what="the form" message={form.error} />;
    if (!form.data) return <Loading what="the form" />;
    const { fields, sections } = form.data;
    return (
      <LoadedForm
        object={props.object}
        record={props.record}
        label={`Edit ${noun}`}
        submitLabel="Save"
        metas={sections ? fields : ownFields(props.object, fields)}
        sections={sections}
        currency={props.currency}
        onDone={() => props.onDone()}
      />
    );
  }
  if (!form.data && !form.error) return <Loading what={`the ${noun}'s fields`} />;
  const metas = new Map((form.data?.fields ?? []).map((m) => [m.name, m]));
  const sections = form.data?.sections ?? ownSections(props.object, metas);
  return (
    <div className="record-fields">
      {sections.map((section, index) => (
        <section
          key={`${section.heading}-${index}`}
          aria-label={section.heading || undefined}
          className="record-fields-section"
        >
          {section.heading ? <h3>{section.heading}</h3> : null}
          <dl className="facts record-facts">
            {section.items.map((item) => (
              <div key={item.fields.join(',')}>
                <dt>{item.label}</dt>
                <dd>{shownValue(metas, item.fields, props.record, props.currency)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
