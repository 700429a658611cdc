const directives: Record<string, string> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
  'frame-src': "'none'",
  'object-src': "'none'",
};

function serialise(overrides: Record<string, string> = {}): string {
  return Object.entries({ ...directives, ...overrides })
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The renderer's policy in production: our own scripts and styles, no network, no frames. */
export const productionCsp = serialise();

/** Vite's dev server injects the React refresh preamble inline and talks over a websocket. */
export function developmentCsp(devServerUrl: string): string {
  const dev = new URL(devServerUrl);
  return serialise({
    'script-src': `'self' 'unsafe-inline'`,
    'style-src': `'self' 'unsafe-inline'`,
    'connect-src': `'self' ws://${dev.host}`,
  });
}

/** The browser test bed bridges window.api over HTTP to its own origin; nothing else differs. */
export const testBedCsp = serialise({ 'connect-src': "'self'" });
