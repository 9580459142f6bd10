// Settings → Rules: the rules in the order they run; each can be moved (drag, or Alt+↑/↓ on a
// focused rule, announced), switched on and off, edited, applied to stored articles, or deleted.
// Applying and deleting ask first, in place, since the settings dialog is the one dialog open.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { Library } from '../../shared/model';
import type { Rule, RuleInput } from '../../shared/rules';
import type { RulesState } from '../api/use-rules';
import { RuleEditor } from './RuleEditor';
import './rules.css';

/** Our own drag type: only a rule of this list is taken on a rule's row, never a file or link (the window imports those). */
const ruleDragType = 'application/x-tidings-rule';

export const emptyRule: RuleInput = { name: '', match: 'all', conditions: [{ field: 'title', op: 'contains', value: '' }], actions: ['hide'] };

const definitionOf = ({ id, position, ...definition }: Rule): RuleInput => {
  void id;
  void position;
  return definition;
};

type Asking = { kind: 'apply' | 'delete'; rule: Rule } | null;

export function RulesSettings({ rules: state, library }: { rules: RulesState; library: Library | null }) {
  const ids = useId();
  const { rules, load } = state;
  const [editing, setEditing] = useState<{ rule: RuleInput; ruleId: number | null } | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const [announced, setAnnounced] = useState('');
  const [dragged, setDragged] = useState<number | null>(null);
  const [dropOn, setDropOn] = useState<number | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const moveTo = async (rule: Rule, to: number) => {
    if (!rules || to < 1 || to > rules.length) return;
    await state.move(rule, to);
    setAnnounced(`${rule.name} moved to position ${to} of ${rules.length}`);
    document.getElementById(`${ids}-rule-${rule.id}`)?.focus();
  };

  const endDrag = () => {
    setDragged(null);
    setDropOn(null);
  };

  /** Where a held rule would land on this row: below it when carried down the list, above it when carried up. */
  const dropClass = (rule: Rule): string => {
    const moving = rules?.find((one) => one.id === dragged);
    if (dropOn !== rule.id || !moving || moving.id === rule.id) return '';
    return moving.position < rule.position ? ' drop-below' : ' drop-above';
  };

  const onKey = (event: KeyboardEvent<HTMLLIElement>, rule: Rule) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void moveTo(rule, rule.position + (event.key === 'ArrowUp' ? -1 : 1));
  };

  return (
    <section aria-labelledby={`${ids}-rules`} className="rules-settings">
      <h3 id={`${ids}-rules`}>Rules</h3>
      <p className="settings-hint">Rules run in this order on every new article. Drag a rule to move it, or press Alt+↑ and Alt+↓ on the focused rule.</p>
      {editing ? (
        <RuleEditor
          initial={editing.rule}
          library={library}
          count={state.count}
          onCancel={() => setEditing(null)}
          onSave={async (rule) => {
            await state.save(rule, editing.ruleId);
            setEditing(null);
          }}
        />
      ) : (
        <>
          {rules && rules.length === 0 ? <p>No rules yet.</p> : null}
          <ol className="rules-list" aria-label="Rules in order">
            {rules?.map((rule) => (
              <li
                key={rule.id}
                id={`${ids}-rule-${rule.id}`}
                tabIndex={0}
                className={`rule-row${rule.enabled ? '' : ' is-disabled'}${dropClass(rule)}`}
                aria-label={`${rule.name}, ${rule.position} of ${rules.length}${rule.enabled ? '' : ', off'}`}
                draggable
                onDragStart={(event) => {
                  event.dataTransfer.setData(ruleDragType, String(rule.id));
                  event.dataTransfer.effectAllowed = 'move';
                  setDragged(rule.id);
                }}
                onDragOver={(event) => {
                  if (!event.dataTransfer.types.includes(ruleDragType)) return;
                  event.preventDefault();
                  event.dataTransfer.dropEffect = 'move';
                  setDropOn(rule.id);
                }}
                onDragLeave={(event) => {
                  if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
                  setDropOn((current) => (current === rule.id ? null : current));
                }}
                onDrop={(event) => {
                  if (!event.dataTransfer.types.includes(ruleDragType)) return;
                  event.preventDefault();
                  const moving = rules.find((one) => one.id === dragged);
                  if (moving && moving.id !== rule.id) void moveTo(moving, rule.position);
                  endDrag();
                }}
                onDragEnd={endDrag}
                onKeyDown={(event) => onKey(event, rule)}
              >
                <label>
                  <input type="checkbox" checked={rule.enabled} onChange={(event) => void state.setEnabled(rule, event.target.checked)} />
                  <span className="rule-name">{rule.name}</span>
                </label>
                <button type="button" className="button" onClick={() => setEditing({ rule: definitionOf(rule), ruleId: rule.id })}>
                  Edit
                </button>
                <button type="button" className="button" onClick={() => setAsking({ kind: 'apply', rule })}>
                  Apply to stored articles…
                </button>
                <button type="button" className="button" onClick={() => setAsking({ kind: 'delete', rule })}>
                  Delete…
                </button>
              </li>
            ))}
          </ol>
          {asking ? (
            <div className="rule-confirm" role="group" aria-label="Confirm">
              <p>{asking.kind === 'apply' ? `Apply “${asking.rule.name}” to every stored article it matches?` : `Delete the rule “${asking.rule.name}”?`}</p>
              <button type="button" className="button" onClick={() => setAsking(null)}>
                Cancel
              </button>
              <button
                type="button"
                className="button primary"
                onClick={() => {
                  const { kind, rule } = asking;
                  setAsking(null);
                  if (kind === 'delete') {
                    void state.remove(rule).then(() => setAnnounced(`${rule.name} deleted`));
                  } else {
                    state.apply(rule).then(
                      (applied) => setAnnounced(`${rule.name}: ${applied.matched} matched, ${applied.changed} changed`),
                      (error: unknown) => setAnnounced(error instanceof Error ? error.message : String(error)),
                    );
                  }
                }}
              >
                {asking.kind === 'apply' ? 'Apply' : 'Delete'}
              </button>
            </div>
          ) : null}
          <button type="button" className="button" onClick={() => setEditing({ rule: emptyRule, ruleId: null })}>
            New rule…
          </button>
        </>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announced}
      </p>
    </section>
  );
}
