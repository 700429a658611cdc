/** The element's shape as far as typing goes; an HTMLElement fits it. */
export type KeyTarget = { tagName?: string; type?: string; isContentEditable?: boolean };

const notText = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** True where a key is the rep's text, so single-letter shortcuts must leave it alone. */
export function isTyping(target: KeyTarget | null | undefined): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !notText.has((target.type ?? 'text').toLowerCase());
}
