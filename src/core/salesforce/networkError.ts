/** The request never got an answer from Salesforce: no network, no DNS, a dropped connection. */
export const networkError =
  /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|socket hang up|fetch failed|network/i;

export const errorText = (error: unknown) => {
  const e = error as { errorCode?: string; code?: string; message?: string } | null | undefined;
  return `${e?.errorCode ?? ''} ${e?.code ?? ''} ${e?.message ?? ''}`;
};

/** Whether an error from jsforce, Node or fetch means Salesforce could not be reached. */
export const isNetworkError = (error: unknown) => networkError.test(errorText(error));
