// A value that follows another once it has stopped changing for `ms` milliseconds. The Draft view's
// derived pictures (the live chart, the proposal document) are computed from the settled draft, so a
// keystroke in a large model redraws the form only, not a chart of 500 bodies and a document of tables.
import { useEffect, useState } from 'react';

export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
