type Shortcut = { keys: string[]; does: string };
export type ShortcutGroup = { title: string; shortcuts: Shortcut[] };

/** Every key Roadbook answers, as the "?" dialog lists them; `search` is Ctrl+K or ⌘K. */
export function shortcutGroups(search: string): ShortcutGroup[] {
  return [
    {
      title: 'Anywhere',
      shortcuts: [
        { keys: [search], does: 'Search records' },
        { keys: ['?'], does: 'Show these shortcuts' },
        { keys: ['Esc'], does: 'Close the panel, menu or dialog' },
      ],
    },
    {
      title: 'Tables',
      shortcuts: [
        { keys: ['J', '↓'], does: 'Next row' },
        { keys: ['K', '↑'], does: 'Previous row' },
        { keys: ['Page Down', 'Page Up'], does: 'A screen down or up' },
        { keys: ['Home', 'End'], does: 'First or last row' },
        { keys: ['Enter'], does: 'Open the record' },
        { keys: ['E'], does: 'Edit the record' },
      ],
    },
    {
      title: 'Pipeline board',
      shortcuts: [
        { keys: ['J', '↓'], does: 'Next deal in the stage' },
        { keys: ['K', '↑'], does: 'Previous deal in the stage' },
        { keys: ['←', '→'], does: 'Stage to the left or right' },
        { keys: ['Enter'], does: 'Open the deal' },
        { keys: ['E'], does: 'Edit the deal' },
        { keys: ['M'], does: 'Move the deal to a stage' },
      ],
    },
    {
      title: 'Search',
      shortcuts: [
        { keys: ['↓', '↑'], does: 'Next or previous result' },
        { keys: ['Enter'], does: 'Open the result' },
      ],
    },
    {
      title: 'All search results',
      shortcuts: [
        { keys: ['J', '↓'], does: 'Next result' },
        { keys: ['K', '↑'], does: 'Previous result' },
        { keys: ['Enter'], does: 'Open the result' },
        { keys: ['Esc'], does: 'Back to the view you searched from' },
      ],
    },
  ];
}
