// One rule's form: name, scope, conditions, actions, stop; with a live "matches N articles" count
// (a try-out, asked for shortly after typing stops) that shows a bad pattern's error while typing.
import { useEffect, useId, useState } from 'react';
import type { Library } from '../../shared/model';
import { ruleFields, ruleOps, ruleVerbs, type RuleCondition, type RuleInput, type RuleVerb } from '../../shared/rules';
import { messageOf } from '../api/use-status';

const fieldLabels: Record<RuleCondition['field'], string> = {
  title: 'Title',
  content: 'Content',
  author: 'Author',
  link: 'Link',
  category: 'Category',
  any: 'Any field',
};
const opLabels: Record<RuleCondition['op'], string> = {
  contains: 'contains',
  notContains: 'does not contain',
  equals: 'is',
  matches: 'matches pattern',
  notMatches: 'does not match pattern',
};
const verbLabels: Record<RuleVerb, string> = {
  markRead: 'Mark read',
  star: 'Star',
  like: 'Like',
  hide: 'Hide (to Filtered)',
  delete: 'Delete',
  notify: 'Notify',
  share: 'Share',
};

const countAfterMs = 300;

interface Props {
  initial: RuleInput;
  library: Library | null;
  count: (rule: RuleInput) => Promise<number>;
  onSave: (rule: RuleInput) => Promise<void>;
  onCancel: () => void;
}

type ScopeKind = 'all' | 'folder' | 'feeds';

export function RuleEditor({ initial, library, count, onSave, onCancel }: Props) {
  const ids = useId();
  const [name, setName] = useState(initial.name);
  const [scopeKind, setScopeKind] = useState<ScopeKind>(initial.scope ? ('feeds' in initial.scope ? 'feeds' : 'folder') : 'all');
  const [folder, setFolder] = useState(initial.scope && 'folder' in initial.scope ? initial.scope.folder : '');
  const [feeds, setFeeds] = useState<number[]>(initial.scope && 'feeds' in initial.scope ? initial.scope.feeds : []);
  const [match, setMatch] = useState(initial.match ?? 'all');
  const [conditions, setConditions] = useState<RuleCondition[]>(initial.conditions);
  const [verbs, setVerbs] = useState<RuleVerb[]>(initial.actions.filter((action): action is RuleVerb => typeof action === 'string'));
  const [label, setLabel] = useState(initial.actions.find((action) => typeof action !== 'string')?.label ?? '');
  const [stop, setStop] = useState(initial.stop ?? false);
  const [enabled] = useState(initial.enabled ?? true);
  const [preview, setPreview] = useState<{ count: number } | { error: string } | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);

  const rule: RuleInput = {
    name: name.trim() || 'Untitled rule',
    ...(scopeKind === 'folder' && folder ? { scope: { folder } } : {}),
    ...(scopeKind === 'feeds' && feeds.length > 0 ? { scope: { feeds } } : {}),
    match,
    conditions,
    actions: [...verbs, ...(label.trim() ? [{ label: label.trim() }] : [])],
    stop,
    enabled,
  };
  const key = JSON.stringify({ ...rule, actions: ['star'] });

  useEffect(() => {
    let gone = false;
    const timer = setTimeout(() => {
      count({ ...rule, name: 'try-out', actions: ['star'] }).then(
        (found) => !gone && setPreview({ count: found }),
        (error: unknown) => !gone && setPreview({ error: messageOf(error) }),
      );
    }, countAfterMs);
    return () => {
      gone = true;
      clearTimeout(timer);
    };
    // The rule's own text is the dependency: `rule` is a new object every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, count]);

  const save = () => {
    setSaveError(null);
    onSave({ ...rule, name: name.trim() }).catch((error: unknown) => setSaveError(messageOf(error)));
  };

  const setCondition = (index: number, change: Partial<RuleCondition>) =>
    setConditions((all) => all.map((one, at) => (at === index ? { ...one, ...change } : one)));
  const folders = library?.folders.map((one) => one.path.join('/')) ?? [];

  return (
    // Not a <form>: the settings dialog it sits in is one, and forms do not nest. Enter in a field saves, as in a form.
    <div
      className="rule-editor"
      role="form"
      aria-label="Rule"
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement) || event.target.type === 'checkbox') return;
        event.preventDefault();
        save();
      }}
    >
      <label>
        Name <input value={name} onChange={(event) => setName(event.target.value)} required />
      </label>
      <fieldset>
        <legend>Applies to</legend>
        <select aria-label="Scope" value={scopeKind} onChange={(event) => setScopeKind(event.target.value as ScopeKind)}>
          <option value="all">All feeds</option>
          <option value="folder">A folder</option>
          <option value="feeds">Some feeds</option>
        </select>
        {scopeKind === 'folder' ? (
          <select aria-label="Folder" value={folder} onChange={(event) => setFolder(event.target.value)}>
            <option value="">Choose a folder</option>
            {folders.map((path) => (
              <option key={path} value={path}>
                {path}
              </option>
            ))}
          </select>
        ) : null}
        {scopeKind === 'feeds' ? (
          <select
            aria-label="Feeds"
            multiple
            value={feeds.map(String)}
            onChange={(event) => setFeeds([...event.target.selectedOptions].map((option) => Number(option.value)))}
          >
            {library?.feeds.map((feed) => (
              <option key={feed.id} value={feed.id}>
                {feed.title || feed.url}
              </option>
            ))}
          </select>
        ) : null}
      </fieldset>
      <fieldset>
        <legend>
          When{' '}
          <select aria-label="Match" value={match} onChange={(event) => setMatch(event.target.value as 'all' | 'any')}>
            <option value="all">all</option>
            <option value="any">any</option>
          </select>{' '}
          of these hold
        </legend>
        {conditions.map((condition, index) => (
          <div className="rule-condition" key={index}>
            <select aria-label={`Field ${index + 1}`} value={condition.field} onChange={(event) => setCondition(index, { field: event.target.value as RuleCondition['field'] })}>
              {ruleFields.map((field) => (
                <option key={field} value={field}>
                  {fieldLabels[field]}
                </option>
              ))}
            </select>
            <select aria-label={`Test ${index + 1}`} value={condition.op} onChange={(event) => setCondition(index, { op: event.target.value as RuleCondition['op'] })}>
              {ruleOps.map((op) => (
                <option key={op} value={op}>
                  {opLabels[op]}
                </option>
              ))}
            </select>
            <input aria-label={`Value ${index + 1}`} value={condition.value} onChange={(event) => setCondition(index, { value: event.target.value })} />
            <label>
              <input
                type="checkbox"
                checked={condition.caseSensitive === true}
                onChange={(event) => setCondition(index, { caseSensitive: event.target.checked })}
              />
              Case sensitive
            </label>
            {conditions.length > 1 ? (
              <button type="button" className="button" onClick={() => setConditions((all) => all.filter((_, at) => at !== index))}>
                Remove condition
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" className="button" onClick={() => setConditions((all) => [...all, { field: 'title', op: 'contains', value: '' }])}>
          Add condition
        </button>
      </fieldset>
      <fieldset>
        <legend>Then</legend>
        {ruleVerbs.map((verb) => (
          <label key={verb}>
            <input
              type="checkbox"
              checked={verbs.includes(verb)}
              onChange={(event) => setVerbs((all) => (event.target.checked ? [...all, verb] : all.filter((one) => one !== verb)))}
            />
            {verbLabels[verb]}
          </label>
        ))}
        <label>
          Label <input value={label} onChange={(event) => setLabel(event.target.value)} placeholder="none" />
        </label>
        <label>
          <input type="checkbox" checked={stop} onChange={(event) => setStop(event.target.checked)} />
          Stop here (later rules do not run on a match)
        </label>
      </fieldset>
      <p id={`${ids}-preview`} className="rule-preview" role="status" aria-live="polite">
        {preview === null ? 'Counting…' : 'error' in preview ? null : `Matches ${preview.count} ${preview.count === 1 ? 'article' : 'articles'}`}
      </p>
      {preview && 'error' in preview ? (
        <p className="rule-error" role="alert">
          {preview.error}
        </p>
      ) : null}
      {saveError ? (
        // Said apart from the live count's error, which may name the same fault: this one answers the Save.
        <p className="rule-error" role="alert">
          Not saved: {saveError}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button primary" onClick={save}>
          Save rule
        </button>
      </div>
    </div>
  );
}
