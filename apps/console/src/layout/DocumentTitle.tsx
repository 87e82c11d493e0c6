import { useEffect } from 'react';
import { useTranslate } from 'react-admin';

/** The element react-admin's `<Title>` writes each page's title into (its `TitlePortal`). */
const TITLE_ID = 'react-admin-title';

/**
 * Gives the browser tab the page's own title (« Demandes – RESACOOP », « Accompagnement
 * AC-2026-0061 – RESACOOP »), as the RGAA wants a unique, descriptive title per page: it follows
 * the app bar's title, which every page sets, as it changes (a record loaded, another page).
 */
export const DocumentTitle = () => {
  const translate = useTranslate();
  const app = translate('resacoop.title');
  useEffect(() => {
    const heading = document.getElementById(TITLE_ID);
    if (!heading) return undefined;
    const follow = () => {
      const page = heading.textContent?.replace(/\s+/g, ' ').trim();
      const title = page ? `${page} – ${app}` : app;
      if (document.title !== title) document.title = title;
    };
    follow();
    const observer = new MutationObserver(follow);
    observer.observe(heading, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [app]);
  return null;
};
