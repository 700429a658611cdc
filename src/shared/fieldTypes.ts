const numericTypes = new Set(['currency', 'double', 'percent', 'int']);

/** Salesforce field types whose values are numbers: in JSON, in Bulk CSV and in a form. */
export const isNumericType = (type: string) => numericTypes.has(type);
