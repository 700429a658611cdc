import { describe, expect, it } from 'vitest';
import {
  developmentCsp,
  productionCsp,
  testBedCsp,
} from '../../../../src/core/security/contentSecurityPolicy';

describe('Content-Security-Policy', () => {
  it('is strict in production', () => {
    expect(productionCsp).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'; frame-src 'none'; object-src 'none'",
    );
  });

  it('relaxes only what the dev server needs, and only in development', () => {
    const dev = developmentCsp('http://localhost:5173/');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(productionCsp).not.toContain('unsafe');
  });

  it('differs in the test bed only by letting the bridge reach its own origin', () => {
    expect(testBedCsp).toBe(productionCsp.replace("connect-src 'none'", "connect-src 'self'"));
  });
});
