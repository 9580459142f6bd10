// What the reader shows before an article is open: the keyboard commands, from the shared table.
import { chordLabel, commands } from '../../../shared/keymap';

export function ReaderEmpty({ loading }: { loading: boolean }) {
  if (loading) return <p className="reader-empty">Loading…</p>;
  return (
    <div className="reader-empty">
      <p>Select an article to read it.</p>
      <dl className="shortcuts">
        {commands.map((command) => (
          <div key={command.id} className="shortcut">
            <dt>
              {command.keys.map((key) => (
                <kbd key={key}>{chordLabel(key)}</kbd>
              ))}
            </dt>
            <dd>{command.label}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
