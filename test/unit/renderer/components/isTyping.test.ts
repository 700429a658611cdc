import { describe, expect, it } from 'vitest';
import { isTyping, type KeyTarget } from '../../../../src/renderer/src/components/isTyping';

describe('isTyping', () => {
  it.each<[string, KeyTarget | null, boolean]>([
    ['a text box', { tagName: 'INPUT', type: 'text' }, true],
    ['a search box', { tagName: 'INPUT', type: 'search' }, true],
    ['an input with no type', { tagName: 'input' }, true],
    ['a text area', { tagName: 'TEXTAREA' }, true],
    ['a select', { tagName: 'SELECT' }, true],
    ['an editable region', { tagName: 'DIV', isContentEditable: true }, true],
    ['a checkbox', { tagName: 'INPUT', type: 'checkbox' }, false],
    ['a radio button', { tagName: 'INPUT', type: 'radio' }, false],
    ['a button', { tagName: 'BUTTON' }, false],
    ['the table', { tagName: 'DIV', isContentEditable: false }, false],
    ['nothing focused', null, false],
  ])('%s → %s', (_, target, expected) => {
    expect(isTyping(target)).toBe(expected);
  });
});
