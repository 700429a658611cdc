import type { IncomingHttpHeaders } from 'node:http';
import type { Org } from '../org';
import { ApiError } from './apiError';

export type Request = {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
  /** Regex groups from the route pattern (for REST routes the first is the API version). */
  params: string[];
  org: Org;
  origin: string;
  /** The signed-in user, on routes that need a session. */
  userId: string;
  apiVersion: string;
};

export type Reply = {
  status: number;
  json?: unknown;
  text?: string;
  contentType?: string;
  headers?: Record<string, string>;
};

export type Route = {
  name: string;
  method: string;
  pattern: RegExp;
  /** 'rest' routes need a bearer session, count against the API limit and carry Sforce-Limit-Info. */
  kind: 'rest' | 'oauth' | 'public' | 'control';
  handle(request: Request): Reply | Promise<Reply>;
};

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  json: body,
  headers,
});
export const noContent = (): Reply => ({ status: 204 });

export function parseJsonBody<T>(request: Request): T {
  try {
    return JSON.parse(request.body || 'null') as T;
  } catch (error) {
    throw new ApiError(
      400,
      'JSON_PARSER_ERROR',
      `Unexpected character in the request body: ${(error as Error).message}`,
    );
  }
}
