// Asking for one name: renaming a subscription or folder, or the folder to move a feed to.
import { useId, useState, type FormEvent } from 'react';
import { Dialog } from '../ui/Dialog';

export interface Prompt {
  title: string;
  label: string;
  initial: string;
  submitLabel: string;
  /** Offered as completions (e.g. the folders that exist). */
  suggestions?: readonly string[];
  hint?: string;
  onSubmit: (value: string) => void;
}

export function PromptDialog({ prompt, onClose }: { prompt: Prompt; onClose: () => void }) {
  const [value, setValue] = useState(prompt.initial);
  const ids = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onClose();
    prompt.onSubmit(value);
  };
  return (
    <Dialog title={prompt.title} className="prompt-dialog" onClose={onClose}>
      <form className="prompt-form" onSubmit={submit}>
        <label htmlFor={`${ids}-value`}>{prompt.label}</label>
        <input
          id={`${ids}-value`}
          autoFocus
          autoComplete="off"
          list={prompt.suggestions ? `${ids}-suggestions` : undefined}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onFocus={(event) => event.currentTarget.select()}
        />
        {prompt.suggestions ? (
          <datalist id={`${ids}-suggestions`}>
            {prompt.suggestions.map((suggestion) => (
              <option key={suggestion} value={suggestion} />
            ))}
          </datalist>
        ) : null}
        {prompt.hint ? <p className="prompt-hint">{prompt.hint}</p> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            {prompt.submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
