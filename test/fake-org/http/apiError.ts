/** A Salesforce error: HTTP status plus the `[{ message, errorCode, fields }]` body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly fields?: string[],
  ) {
    super(message);
  }

  body(): Array<{ message: string; errorCode: string; fields?: string[] }> {
    return [
      {
        message: this.message,
        errorCode: this.errorCode,
        ...(this.fields ? { fields: this.fields } : {}),
      },
    ];
  }
}

/** Salesforce points at the offending token: "ERROR at Row:1:Column:N". */
export function queryError(
  errorCode: string,
  soql: string,
  token: string,
  explanation: string,
): ApiError {
  const match = new RegExp(
    `(^|[^A-Za-z0-9_.])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_])`,
    'i',
  ).exec(soql);
  const column = match ? match.index + match[1]!.length + 1 : 1;
  return new ApiError(
    400,
    errorCode,
    `\n${soql}\n${' '.repeat(column - 1)}^\nERROR at Row:1:Column:${column}\n${explanation}`,
  );
}
