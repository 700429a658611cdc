import type { Connection } from 'jsforce';
import type { DescribeLayoutsAnswer } from '../schema/layouts';

/** `GET …/sobjects/{T}/describe/layouts/`: every layout of the object and who uses which. */
export function describeLayouts(conn: Connection, object: string): Promise<DescribeLayoutsAnswer> {
  return conn.request<DescribeLayoutsAnswer>(`/sobjects/${object}/describe/layouts/`);
}
