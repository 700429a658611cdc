/** The Salesforce REST API version every call of the app, the CLI and the tests speaks. */
export const apiVersion = '62.0';
