// Bringing a library in (OPML, a Google Takeout, Reader JSON) and taking it out (OPML, starred
// and shared items as Reader JSON). The import runs in the core; this shows its progress and summary.
import { useEffect, useId, useRef } from 'react';
import type { ImportPhase, ImportSummary } from '../../shared/model';
import { ImportedRules } from '../rules/ImportedRules';
import { Dialog } from '../ui/Dialog';
import type { ImportProgress, ImportState } from '../api/use-import';
import '../styles/library.css';

export const importLabel = 'Import subscriptions or a Takeout';
export const importAccept = '.opml,.xml,.json,.zip';

const phaseLabels: Record<ImportPhase, string> = {
  reading: 'Reading the file',
  fetching: 'Fetching linked subscription lists',
  preparing: 'Preparing',
  writing: 'Writing to the library',
};

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function Progress({ progress }: { progress: ImportProgress }) {
  const phase = progress.phase ? phaseLabels[progress.phase] : 'Starting';
  const known = progress.total > 0;
  const text = known ? `${phase}: ${progress.done} of ${progress.total}` : `${phase}…`;
  return (
    <div className="import-progress">
      <p>
        Importing {progress.fileName}. {text}
      </p>
      {known ? (
        <progress aria-label="Import progress" aria-valuetext={text} max={progress.total} value={progress.done} />
      ) : (
        <progress aria-label="Import progress" aria-valuetext={text} />
      )}
    </div>
  );
}

function Summary({ summary }: { summary: ImportSummary }) {
  const parts = [
    `${count(summary.feeds, 'feed')}${summary.feeds > 0 ? ` (${summary.feedsAdded} new)` : ''}`,
    count(summary.folders, 'folder'),
    count(summary.articles, 'article'),
    `${summary.starred} starred`,
    `${summary.shared} shared`,
    `${summary.liked} liked`,
    count(summary.notes, 'note'),
  ];
  if (summary.labels > 0) parts.push(count(summary.labels, 'label'));
  return (
    <>
      <p>Imported {parts.join(', ')}.</p>
      {summary.inactiveFeeds > 0 ? (
        <p className="settings-hint">{count(summary.inactiveFeeds, 'feed')} only hold imported items and are not refreshed.</p>
      ) : null}
      {summary.rules ? <ImportedRules rules={summary.rules} /> : null}
      {summary.skippedCount > 0 ? (
        <details className="import-skipped">
          <summary>{count(summary.skippedCount, 'thing')} skipped</summary>
          <ul>
            {summary.skipped.map((skip, index) => (
              <li key={index}>
                <span className="import-skipped-item">{skip.item}</span>: {skip.reason}
              </li>
            ))}
            {summary.skippedCount > summary.skipped.length ? <li>and {summary.skippedCount - summary.skipped.length} more</li> : null}
          </ul>
        </details>
      ) : (
        <p>Nothing was skipped.</p>
      )}
    </>
  );
}

interface Props {
  state: ImportState;
  onClose: () => void;
}

export function LibraryDialog({ state, onClose }: Props) {
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const { progress, summary, error, exported } = state;
  useEffect(() => {
    input.current?.focus();
  }, []);
  return (
    <Dialog title="Import and export" className="library-dialog" onClose={onClose}>
      <section aria-labelledby={`${ids}-in`}>
        <h3 id={`${ids}-in`}>Import</h3>
        <div className="import-picker">
          <label htmlFor={`${ids}-file`}>{importLabel}</label>
          <input
            id={`${ids}-file`}
            ref={input}
            type="file"
            accept={importAccept}
            disabled={progress !== null}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void state.importFile(file);
            }}
          />
          <span className="settings-hint">
            An OPML file from another reader, a Google Takeout (.zip), or Reader JSON. You can also drop the file anywhere on the window.
          </span>
        </div>
        {progress ? <Progress progress={progress} /> : null}
        <div role="status" aria-label="Import summary" className="import-summary">
          {summary && !progress ? <Summary summary={summary} /> : null}
        </div>
        <div role="alert" className="import-error">
          {error && !progress ? `Could not import ${state.fileName ?? 'the file'}: ${error}` : null}
        </div>
      </section>
      <section aria-labelledby={`${ids}-out`}>
        <h3 id={`${ids}-out`}>Export</h3>
        <div className="export-buttons">
          <button type="button" className="button" onClick={() => void state.exportFile('opml')}>
            Export OPML
          </button>
          <button type="button" className="button" onClick={() => void state.exportFile('starred')}>
            Export starred (Reader JSON)
          </button>
          <button type="button" className="button" onClick={() => void state.exportFile('shared')}>
            Export shared (Reader JSON)
          </button>
        </div>
        <p role="status" aria-label="Export status" className="settings-hint">
          {exported}
        </p>
      </section>
    </Dialog>
  );
}
