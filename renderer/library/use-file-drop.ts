// Dropped on the window: a file is imported (OPML, Takeout, Reader JSON); a link (a feed's or a
// site's address, dragged from a browser) opens the add-subscription form with it filled in. A
// link dragged within our own page (an article's) is left alone.
import { useEffect, useRef } from 'react';
import { droppedUrl } from './dropped-url';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

function carriesLink(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('text/uri-list') ?? false;
}

export function useFileDrop(onFile: (file: File) => void, onUrl: (url: string) => void = () => undefined): void {
  const latest = useRef({ onFile, onUrl });
  useEffect(() => {
    latest.current = { onFile, onUrl };
  });
  useEffect(() => {
    let draggingOwnLink = false;
    const ours = (event: DragEvent) => carriesFiles(event) || (carriesLink(event) && !draggingOwnLink);
    const start = () => {
      draggingOwnLink = true;
    };
    const end = () => {
      draggingOwnLink = false;
    };
    const over = (event: DragEvent) => {
      if (!ours(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = carriesFiles(event) ? 'copy' : 'link';
    };
    const drop = (event: DragEvent) => {
      if (!ours(event)) return;
      event.preventDefault();
      const transfer = event.dataTransfer;
      const file = transfer?.files[0];
      if (file) return void latest.current.onFile(file);
      const url = transfer ? droppedUrl(transfer.getData('text/uri-list'), transfer.getData('text/plain')) : null;
      if (url) latest.current.onUrl(url);
    };
    window.addEventListener('dragstart', start);
    window.addEventListener('dragend', end);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragstart', start);
      window.removeEventListener('dragend', end);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);
}
