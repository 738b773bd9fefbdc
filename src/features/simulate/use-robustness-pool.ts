// The page's pool of robustness Web Workers (src/analysis/browser-robustness-pool.ts): started on first
// use, closed when the page goes.
import { useCallback, useEffect, useRef } from 'react';
import { createBrowserRobustnessPool } from '@/analysis/browser-robustness-pool';
import type { RobustnessPool } from '@/analysis/robustness-pool';

export function useRobustnessPool(): () => RobustnessPool {
  const pool = useRef<RobustnessPool | undefined>(undefined);
  useEffect(
    () => () => {
      pool.current?.dispose();
      pool.current = undefined;
    },
    [],
  );
  return useCallback(() => {
    pool.current ??= createBrowserRobustnessPool();
    return pool.current;
  }, []);
}
