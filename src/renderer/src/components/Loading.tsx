/** The same calm placeholder everywhere a view waits for main. */
export function Loading(props: { what: string }) {
  return (
    <p className="muted loading" role="status" aria-live="polite">
      Loading {props.what}…
    </p>
  );
}

export function LoadError(props: { what: string; message: string }) {
  return (
    <p className="error-banner" role="alert">
      Roadbook could not load {props.what}: {props.message}
    </p>
  );
}
