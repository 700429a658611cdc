/**
 * A formula field's value: `+ - * /` and parentheses over numbers and this record's fields
 * ("Amount * Probability / 100"). A blank field makes the result null, as Salesforce's default
 * "treat blank fields as blanks" does. Anything else in a formula is refused when the org starts.
 */
export function compileFormula(formula: string): (row: Record<string, unknown>) => number | null {
  const tokens = formula.match(/\d+(?:\.\d+)?|[A-Za-z_][A-Za-z0-9_]*|[-+*/()]|\S/g) ?? [];
  let at = 0;
  type Node = (row: Record<string, unknown>) => number | null;
  const both =
    (a: Node, b: Node, op: (x: number, y: number) => number): Node =>
    (row) => {
      const [x, y] = [a(row), b(row)];
      return x === null || y === null ? null : op(x, y);
    };
  const primary = (): Node => {
    const token = tokens[at++];
    if (token === '(') {
      const inner = sum();
      if (tokens[at++] !== ')') throw new Error(`Formula "${formula}": missing )`);
      return inner;
    }
    if (token === '-') {
      const inner = primary();
      return (row) => {
        const v = inner(row);
        return v === null ? null : -v;
      };
    }
    if (token !== undefined && /^\d/.test(token)) return () => Number(token);
    if (token !== undefined && /^[A-Za-z_]/.test(token))
      return (row) => (typeof row[token] === 'number' ? (row[token] as number) : null);
    throw new Error(`Formula "${formula}": unexpected ${token ?? 'end'}`);
  };
  const product = (): Node => {
    let left = primary();
    while (tokens[at] === '*' || tokens[at] === '/') {
      const op = tokens[at++];
      const right = primary();
      left = both(left, right, op === '*' ? (x, y) => x * y : (x, y) => (y === 0 ? NaN : x / y));
    }
    return left;
  };
  const sum = (): Node => {
    let left = product();
    while (tokens[at] === '+' || tokens[at] === '-') {
      const op = tokens[at++];
      const right = product();
      left = both(left, right, op === '+' ? (x, y) => x + y : (x, y) => x - y);
    }
    return left;
  };
  const root = sum();
  if (at !== tokens.length) throw new Error(`Formula "${formula}": unexpected ${tokens[at]}`);
  return (row) => {
    const value = root(row);
    return value === null || !Number.isFinite(value) ? null : Math.round(value * 100) / 100;
  };
}

/** An auto-number's n-th value in its display format: "INV-{0000}" → "INV-0042". */
export function autoNumber(format: string, n: number): string {
  return format.replace(/\{(0+)\}/, (_m, zeros: string) => String(n).padStart(zeros.length, '0'));
}
