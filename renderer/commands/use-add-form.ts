// The sidebar's add form, opened by the "a" key, the welcome panel, a feed: link or a dropped link.
import { useState } from 'react';

export function useAddForm(sidebarHidden: boolean, toggleSidebar: () => void) {
  const [adding, setAdding] = useState(false);
  /** The address the add form opens with (a feed: link, a dropped link). */
  const [addUrl, setAddUrl] = useState<string | undefined>(undefined);
  const subscribeTo = (url: string) => {
    if (sidebarHidden) toggleSidebar();
    setAddUrl(url);
    setAdding(true);
  };
  const onAdding = (opening: boolean) => {
    setAdding(opening);
    if (!opening) setAddUrl(undefined);
  };
  return { adding, addUrl, open: () => setAdding(true), subscribeTo, onAdding };
}
