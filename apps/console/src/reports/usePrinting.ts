import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const printQuery = () => window.matchMedia('print');

/**
 * Whether the page is being printed. Charts size themselves to their container on screen, but the
 * browser lays out the printed page without giving them a chance to measure it again: they take a
 * fixed width for paper, and must have it before the browser lays the page out (hence flushSync).
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => printQuery().matches);
  useEffect(() => {
    const query = printQuery();
    const update = (value: boolean) => flushSync(() => setPrinting(value));
    const onMediaChange = (event: MediaQueryListEvent) => update(event.matches);
    const onBeforePrint = () => update(true);
    const onAfterPrint = () => update(query.matches);
    query.addEventListener('change', onMediaChange);
    window.addEventListener('beforeprint', onBeforePrint);
    window.addEventListener('afterprint', onAfterPrint);
    return () => {
      query.removeEventListener('change', onMediaChange);
      window.removeEventListener('beforeprint', onBeforePrint);
      window.removeEventListener('afterprint', onAfterPrint);
    };
  }, []);
  return printing;
}
