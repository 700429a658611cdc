import { useId, useState } from 'react';
import { api } from '../api';
import { offlineReason, useOffline } from '../sync/offline';

/** The record's own page in Salesforce, in the rep's browser; main works out the address. */
export function OpenInSalesforce(props: {
  object: 'Lead' | 'Account' | 'Contact' | 'Opportunity';
  id: string;
}) {
  const [problem, setProblem] = useState('');
  const offline = useOffline();
  const reasonId = useId();
  return (
    <>
      <button
        type="button"
        className="link-button"
        disabled={offline}
        aria-describedby={offline ? reasonId : undefined}
        onClick={() => {
          setProblem('');
          void api()
            .records.openInSalesforce({ object: props.object, id: props.id })
            .then((result) => setProblem(result.ok ? '' : result.message));
        }}
      >
        Open in Salesforce
      </button>
      {offline ? (
        <span id={reasonId} className="muted disabled-reason">
          {offlineReason}
        </span>
      ) : null}
      {problem ? (
        <span role="alert" className="open-problem">
          {problem}
        </span>
      ) : null}
    </>
  );
}
