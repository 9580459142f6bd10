// The core's live events, sent to the window on each event's own IPC channel (derived from the
// contract's events table). A page that is loading or gone misses nothing it needs: it reads the
// library when it starts.
import type { WebContents } from 'electron';
import { ipcEventChannel, type LiveEvent } from '../../shared/contract';

export function sendLiveEvent(page: WebContents | null | undefined, event: LiveEvent): void {
  if (page && !page.isDestroyed()) page.send(ipcEventChannel(event.name), event.payload);
}
