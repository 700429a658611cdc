import { z } from 'zod';

/** How the window is coloured: as the operating system says, or always light or dark. */
export const themePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreference>;

export const appearance = z.object({ theme: themePreference });
export type Appearance = z.infer<typeof appearance>;
