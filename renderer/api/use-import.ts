// Importing a file the person chose or dropped (read in the page, sent as base64) or one the desktop
// app was asked to open (sent by path): progress told by importProgress events while the core works, then the summary (or
// the error) kept for the Library dialog to show.
import { useCallback, useRef, useState } from 'react';
import type { CallInput, Client } from '../../shared/contract';
import type { ExportedFile, ImportPhase, ImportSummary } from '../../shared/model';
import { useMounted } from './use-mounted';
import { useLiveEvent } from './events';

export interface ImportProgress {
  fileName: string;
  phase: ImportPhase | null;
  done: number;
  total: number;
}

export interface ImportState {
  /** Non-null while an import runs. */
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  /** The file the summary or error is about. */
  fileName: string | null;
  error: string | null;
  importFile: (file: File | LocalFile) => Promise<void>;
  exportFile: (which: 'opml' | 'starred' | 'shared') => Promise<void>;
  exported: string | null;
}

/** A file on this machine the desktop app was asked to open: the core reads it from its path. */
export interface LocalFile {
  path: string;
  name: string;
}

async function importInput(file: File | LocalFile): Promise<CallInput<'importLibrary'>> {
  if (!(file instanceof File)) return { path: file.path };
  const contentBase64 = await readAsBase64(file);
  if (!contentBase64) throw new Error(`${file.name} is empty`);
  return { fileName: file.name, contentBase64 };
}

/** The file's bytes as base64, without the data: URL's prefix. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

/** Offers an export as a download: a blob: address on a link with `download`, clicked. */
export function download(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useImport(client: Client, onDone: () => Promise<void>): ImportState {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const running = useRef(false);
  const mounted = useMounted();

  // Progress arrives as importProgress events while this window's import runs.
  useLiveEvent('importProgress', (status) => {
    if (!running.current || !status.running) return;
    setProgress((shown) => shown && { ...shown, phase: status.phase ?? shown.phase, done: status.done, total: status.total });
  });

  const importFile = useCallback(
    async (file: File | LocalFile) => {
      if (running.current) return;
      running.current = true;
      setSummary(null);
      setError(null);
      setExported(null);
      setFileName(file.name);
      setProgress({ fileName: file.name, phase: 'reading', done: 0, total: 0 });
      let imported = false;
      try {
        const result = await client.importLibrary(await importInput(file));
        if (mounted.current) setSummary(result);
        imported = true;
      } catch (caught) {
        if (mounted.current) setError(messageOf(caught));
      } finally {
        running.current = false;
        if (mounted.current) setProgress(null);
      }
      if (imported) await onDone();
    },
    [client, onDone],
  );

  const exportFile = useCallback(
    async (which: 'opml' | 'starred' | 'shared') => {
      setError(null);
      setExported(null);
      try {
        const file =
          which === 'opml'
            ? await client.exportOpml({})
            : which === 'starred'
              ? await client.exportStarred({})
              : await client.exportShared({});
        download(file);
        const noun = which === 'opml' ? (file.count === 1 ? 'feed' : 'feeds') : file.count === 1 ? 'item' : 'items';
        if (mounted.current) setExported(`Saved ${file.fileName} (${file.count} ${noun})`);
      } catch (caught) {
        if (mounted.current) setError(messageOf(caught));
      }
    },
    [client],
  );

  return { progress, summary, fileName, error, importFile, exportFile, exported };
}
