import { describe, expect, it } from 'vitest';
import {
  isRetryable,
  messageOf,
  verdictOf,
  type SaveError,
} from '../../../../src/core/outbox/saveErrors';

const error = (errorCode: string, message = 'no'): SaveError => ({ errorCode, message });

describe('verdictOf', () => {
  it.each<{ status: number; errors: SaveError[]; verdict: string }>([
    { status: 412, errors: [], verdict: 'stale' },
    { status: 404, errors: [], verdict: 'gone' },
    { status: 400, errors: [error('ENTITY_IS_DELETED')], verdict: 'gone' },
    { status: 400, errors: [error('INVALID_CROSS_REFERENCE_KEY')], verdict: 'gone' },
    { status: 500, errors: [], verdict: 'transient' },
    { status: 503, errors: [error('SERVER_UNAVAILABLE')], verdict: 'transient' },
    { status: 429, errors: [], verdict: 'transient' },
    { status: 400, errors: [error('UNABLE_TO_LOCK_ROW')], verdict: 'transient' },
    { status: 400, errors: [error('ALL_OR_NONE_OPERATION_ROLLED_BACK')], verdict: 'transient' },
    {
      status: 400,
      errors: [{ statusCode: 'PROCESSING_HALTED', message: 'x' }],
      verdict: 'transient',
    },
    { status: 400, errors: [error('FIELD_CUSTOM_VALIDATION_EXCEPTION')], verdict: 'refused' },
    { status: 400, errors: [error('REQUIRED_FIELD_MISSING')], verdict: 'refused' },
    { status: 400, errors: [], verdict: 'refused' },
    {
      status: 400,
      errors: [error('REQUIRED_FIELD_MISSING'), error('UNABLE_TO_LOCK_ROW')],
      verdict: 'refused',
    },
  ])('$status with $errors.0.errorCode is $verdict', ({ status, errors, verdict }) => {
    expect(verdictOf(status, errors)).toBe(verdict);
  });
});

describe('messageOf', () => {
  it.each<{ errors: SaveError[]; message: string }>([
    { errors: [], message: 'Salesforce refused the change.' },
    { errors: [{ message: 'Close date is in the past.' }], message: 'Close date is in the past.' },
    {
      errors: [{ message: 'Required fields are missing.', fields: ['LastName', 'Company'] }],
      message: 'Required fields are missing. (LastName, Company)',
    },
    {
      errors: [{ message: 'One.', fields: [] }, { message: 'Two.' }],
      message: 'One. Two.',
    },
    {
      errors: [
        { errorCode: 'CANNOT_UPDATE_CONVERTED_LEAD', message: 'cannot reference converted lead' },
      ],
      message:
        'This lead was converted, and Salesforce keeps a converted lead as it was. Change its contact, account or opportunity instead.',
    },
  ])('says "$message"', ({ errors, message }) => {
    expect(messageOf(errors)).toBe(message);
  });
});

describe('isRetryable', () => {
  it.each([
    { error: { code: 'ECONNRESET', message: 'read ECONNRESET' }, retryable: true },
    { error: new Error('getaddrinfo ENOTFOUND login.salesforce.com'), retryable: true },
    { error: { errorCode: 'ERROR_HTTP_503', message: 'unavailable' }, retryable: true },
    { error: { errorCode: 'ERROR_HTTP_429', message: 'slow down' }, retryable: true },
    { error: { errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'limit' }, retryable: false },
    { error: { errorCode: 'INVALID_SESSION_ID', message: 'expired' }, retryable: false },
    { error: new Error('INVALID_FIELD: No such column'), retryable: false },
  ])('$error.message → $retryable', ({ error, retryable }) => {
    expect(isRetryable(error)).toBe(retryable);
  });
});
