const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const suffixChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Salesforce's case-safe suffix: one character per 5-character chunk, a bit per upper-case letter. */
function caseSafeSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += suffixChars[bits];
  }
  return suffix;
}

/** An 18-character id: key prefix, pod "5", then a base-62 counter. */
export function makeId(prefix: string, n: number): string {
  let body = '';
  let rest = n;
  for (let i = 0; i < 11; i++) {
    body = base62[rest % 62] + body;
    rest = Math.floor(rest / 62);
  }
  const id15 = `${prefix}5${body}`;
  return id15 + caseSafeSuffix(id15);
}

/** Accepts 15- or 18-character ids as Salesforce does; returns the 18-character form or null. */
export function normaliseId(value: string): string | null {
  if (!/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(value)) return null;
  const id15 = value.slice(0, 15);
  const id18 = id15 + caseSafeSuffix(id15);
  if (value.length === 18 && value.toUpperCase() !== id18.toUpperCase()) return null;
  return id18;
}
