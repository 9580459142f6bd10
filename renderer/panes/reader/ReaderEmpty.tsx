// What the reader shows before an article is open: the most used keys, from the shared table.
import { commandById, sequenceLabels, type CommandId } from '../../../shared/keymap';

const highlights: CommandId[] = ['next-article', 'previous-article', 'toggle-star', 'toggle-read', 'open-original', 'search', 'help'];

export function ReaderEmpty({ loading }: { loading: boolean }) {
  if (loading) return <p className="reader-empty">Loading…</p>;
  return (
    <div className="reader-empty">
      <p>Select an article to read it.</p>
      <dl className="shortcuts">
        {highlights.map(commandById).map((command) => (
          <div key={command.id} className="shortcut">
            <dt>
              {sequenceLabels(command.keys[0] ?? '').map((label, index) => (
                <kbd key={index}>{label}</kbd>
              ))}
            </dt>
            <dd>{command.label}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
