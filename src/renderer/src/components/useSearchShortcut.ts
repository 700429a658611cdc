import { useEffect } from 'react';
import { useAppStore } from '../state/appStore';

/** Ctrl+K (Cmd+K on macOS) opens search from anywhere in the app. */
export function useSearchShortcut(): void {
  const setSearchOpen = useAppStore((s) => s.setSearchOpen);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setSearchOpen(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [setSearchOpen]);
}
