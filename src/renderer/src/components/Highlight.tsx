import type { ReactNode } from 'react';

/** Marks where the words the rep typed start a word of the text (the way search matched it). */
export function Highlight(props: { text: string; query: string }) {
  const words = props.query
    .toLocaleLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/["*]/g, ''))
    .filter(Boolean);
  const lower = props.text.toLocaleLowerCase();
  // Some letters change length when lowercased; such text is shown unmarked rather than misread.
  if (words.length === 0 || lower.length !== props.text.length) return <>{props.text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  const starts = /[\p{L}\p{N}]+/gu;
  for (const match of lower.matchAll(starts)) {
    const word = words.find((w) => match[0].startsWith(w));
    if (!word || match.index === undefined) continue;
    parts.push(props.text.slice(at, match.index));
    parts.push(
      <mark key={match.index}>{props.text.slice(match.index, match.index + word.length)}</mark>,
    );
    at = match.index + word.length;
  }
  parts.push(props.text.slice(at));
  return <>{parts}</>;
}
