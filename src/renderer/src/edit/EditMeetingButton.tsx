import { api } from '../api';
import { LoadError, Loading } from '../components/Loading';
import { useIpc } from '../data/useIpc';
import { FormButton } from './FormButton';
import { MeetingForm } from './MeetingForm';

/** The meeting as cached (with any change not in Salesforce yet), in its form. */
function MeetingEditor(props: { id: string; onDone(confirmation: string | undefined): void }) {
  const loaded = useIpc(() => api().records.get({ object: 'Event', id: props.id }), [props.id]);
  if (loaded.error) return <LoadError what="the meeting" message={loaded.error} />;
  if (!loaded.data) return <Loading what="the meeting" />;
  const meeting = loaded.data.record;
  if (meeting) return <MeetingForm meeting={meeting} onDone={props.onDone} />;
  return (
    <p className="muted">
      This meeting is no longer on this computer.{' '}
      <button type="button" className="link-button" onClick={() => props.onDone(undefined)}>
        Close
      </button>
    </p>
  );
}

/**
 * "Edit" on a meeting's line: its form in place, offline too. A new time can move the line to
 * another day, so the timeline confirms (`onDone`) and takes the focus there (`focusKey`).
 */
export function EditMeetingButton(props: {
  id: string;
  subject: string;
  focusKey: string;
  onDone(confirmation: string | undefined): void;
}) {
  return (
    <FormButton
      label="Edit"
      name={`Edit meeting ${props.subject}`}
      focusKey={props.focusKey}
      onDone={props.onDone}
      form={(done) => <MeetingEditor id={props.id} onDone={done} />}
    />
  );
}
