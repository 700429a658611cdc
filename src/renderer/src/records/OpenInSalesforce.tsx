import { useState } from 'react';
import { api } from '../api';

/** The record's own page in Salesforce, in the rep's browser; main works out the address. */
export function OpenInSalesforce(props: {
  object: 'Lead' | 'Account' | 'Contact' | 'Opportunity';
  id: string;
}) {
  const [problem, setProblem] = useState('');
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setProblem('');
          void api()
            .records.openInSalesforce({ object: props.object, id: props.id })
            .then((result) => setProblem(result.ok ? '' : result.message));
        }}
      >
        Open in Salesforce
      </button>
      {problem ? (
        <span role="alert" className="open-problem">
          {problem}
        </span>
      ) : null}
    </>
  );
}
