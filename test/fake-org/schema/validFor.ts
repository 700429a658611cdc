/**
 * A dependent picklist value's `validFor` as Salesforce encodes it: a bitmap over the controlling
 * field's values (bit i, most significant first in each byte, set when controller value i allows
 * this value), base64 without padding characters, padded with zero bytes to whole 3-byte groups
 * ("gAAA" = valid for the first controller value only).
 */
export function encodeValidFor(controllerIndexes: number[], controllerCount: number): string {
  const size = Math.max(3, Math.ceil(Math.ceil(controllerCount / 8) / 3) * 3);
  const bytes = Buffer.alloc(size);
  for (const i of controllerIndexes) bytes[i >> 3]! |= 0x80 >> (i % 8);
  return bytes.toString('base64');
}
