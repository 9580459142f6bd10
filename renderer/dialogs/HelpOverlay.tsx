// "?": every key, grouped, generated from the same command table the keys are bound from.
import { commands, groupLabels, sequenceLabels, type CommandGroup } from '../../shared/keymap';
import { Dialog } from '../ui/Dialog';

const groups = Object.keys(groupLabels) as CommandGroup[];

export function HelpOverlay({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" className="help-dialog" onClose={onClose}>
      <div className="help-groups">
        {groups.map((group) => (
          <section key={group} className="help-group" aria-labelledby={`help-${group}`}>
            <h3 id={`help-${group}`}>{groupLabels[group]}</h3>
            <table className="help-table">
              <tbody>
                {commands
                  .filter((command) => command.group === group)
                  .map((command) => (
                    <tr key={command.id} title={command.description}>
                      <th scope="row">{command.label}</th>
                      <td className="help-keys">
                        {command.keys.map((keys, index) => (
                          <span key={keys}>
                            {index > 0 ? <span className="help-or"> or </span> : null}
                            {sequenceLabels(keys).map((label, step) => (
                              <span key={step}>
                                {step > 0 ? <span className="help-then"> then </span> : null}
                                <kbd>{label}</kbd>
                              </span>
                            ))}
                          </span>
                        ))}
                        {'later' in command ? <span className="help-later"> (later version)</span> : null}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      <p className="help-note">Keys do nothing while you type in a field. Press Escape to close this.</p>
    </Dialog>
  );
}
