// Whole seconds since a run started, ticking while it runs (the header's progress line).
import { useEffect, useState } from 'react';

const secondsSince = (startedAt: string, now: number) =>
  Math.max(0, Math.floor((now - Date.parse(startedAt)) / 1000));

export function useElapsedSeconds(startedAt: string | null, running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running, startedAt]);
  return startedAt === null ? 0 : secondsSince(startedAt, now);
}
