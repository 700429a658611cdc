import { errorText, networkError } from '../salesforce/networkError';

/** How Salesforce's answer to one write decides what happens to the change. */
export type SaveError = {
  statusCode?: string;
  errorCode?: string;
  message: string;
  fields?: string[];
};
export type Verdict = 'transient' | 'gone' | 'stale' | 'refused';

const transientCodes = new Set([
  'UNABLE_TO_LOCK_ROW',
  'SERVER_UNAVAILABLE',
  'REQUEST_RUNNING_TOO_LONG',
  'UNKNOWN_EXCEPTION',
  'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  'PROCESSING_HALTED',
]);

const codeOf = (error: SaveError) => error.errorCode ?? error.statusCode ?? 'UNKNOWN';

/**
 * Validation and trigger errors (FIELD_CUSTOM_VALIDATION_EXCEPTION, REQUIRED_FIELD_MISSING, …)
 * wait for the rep; lock and server trouble retry; a deleted record is a conflict.
 */
export function verdictOf(status: number, errors: SaveError[]): Verdict {
  const code = errors[0] ? codeOf(errors[0]) : '';
  if (status === 412) return 'stale';
  if (code === 'ENTITY_IS_DELETED' || code === 'INVALID_CROSS_REFERENCE_KEY' || status === 404)
    return 'gone';
  if (status >= 500 || status === 429 || transientCodes.has(code)) return 'transient';
  return 'refused';
}

/** Why a converted lead cannot change, and what to change instead. */
export const convertedLeadMessage =
  'This lead was converted, and Salesforce keeps a converted lead as it was. Change its contact, account or opportunity instead.';

/** Errors whose own words tell a rep nothing they can act on. */
const plainWords: Record<string, string> = {
  CANNOT_UPDATE_CONVERTED_LEAD: convertedLeadMessage,
};

/** Salesforce's own words for the rep, with the fields they name. */
export const messageOf = (errors: SaveError[]) =>
  errors
    .map(
      (e) =>
        plainWords[codeOf(e)] ??
        (e.fields?.length ? `${e.message} (${e.fields.join(', ')})` : e.message),
    )
    .join(' ') || 'Salesforce refused the change.';

const serverTrouble = /ERROR_HTTP_5\d\d|ERROR_HTTP_429|SERVER_UNAVAILABLE|UNKNOWN_EXCEPTION/i;

/** A whole request failed in a way a later try can fix (not a used-up API limit or a lost session). */
export function isRetryable(error: unknown): boolean {
  const text = errorText(error);
  return networkError.test(text) || serverTrouble.test(text);
}
