import { ApiError } from '../http/apiError';
import type { Reply, Request } from '../http/route';

/**
 * If-Modified-Since on describe, describe global and record GET: 304 with no body when nothing
 * changed after the given second (HTTP dates have whole seconds, so compare at that precision).
 */
export function notModified(request: Request, modifiedAt: number): Reply | undefined {
  const header = request.headers['if-modified-since'];
  if (!header) return undefined;
  const since = Date.parse(String(header));
  if (Number.isNaN(since))
    throw new ApiError(
      400,
      'INVALID_HEADER_TYPE',
      `Invalid If-Modified-Since header: ${String(header)}`,
    );
  return Math.floor(modifiedAt / 1000) <= Math.floor(since / 1000) ? { status: 304 } : undefined;
}
