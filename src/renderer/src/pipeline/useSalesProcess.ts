import { useCallback, useState } from 'react';

const key = 'roadbook.pipeline.process';

/** The sales process the rep last chose for the board, remembered across restarts. */
export function useSalesProcess(): [string | undefined, (process: string) => void] {
  const [process, setProcess] = useState(() => localStorage.getItem(key) ?? undefined);
  const choose = useCallback((chosen: string) => {
    localStorage.setItem(key, chosen);
    setProcess(chosen);
  }, []);
  return [process, choose];
}
