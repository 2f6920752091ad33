import { useEffect, useState } from 'react';

/** A short message in the page's live region (a link copied, sentences selected), gone after 2.5 seconds. */
export function useToast(): [string | null, (message: string) => void] {
  const [toast, setToast] = useState<string | null>(null);
  useEffect(() => {
    if (toast === null) return;
    const timer = window.setTimeout(() => setToast(null), 2500);
    return () => window.clearTimeout(timer);
  }, [toast]);
  return [toast, setToast];
}
