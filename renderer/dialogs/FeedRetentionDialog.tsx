// "Keep articles…": one subscription's own retention, overriding the global "Keep read articles"
// setting (docs/keeping.md). The browser's own form checks refuse a number out of range.
import { useId, useState, type FormEvent } from 'react';
import type { FeedRetention, FeedSummary } from '../../shared/model';
import { globalRetentionText } from '../../shared/retention';
import { Dialog } from '../ui/Dialog';
import '../styles/retention.css';

type DaysChoice = 'global' | 'days' | 'forever';

interface Props {
  feed: FeedSummary;
  /** The global setting the feed follows when it has no days of its own; null keeps forever. */
  globalDays: number | null;
  onSave: (retention: FeedRetention) => void;
  onClose: () => void;
}

const maxDays = 36_500;
const maxCount = 1_000_000;

export function FeedRetentionDialog({ feed, globalDays, onSave, onClose }: Props) {
  const ids = useId();
  const { days, maxArticles } = feed.retention;
  const [choice, setChoice] = useState<DaysChoice>(days === null ? 'global' : days === 'forever' ? 'forever' : 'days');
  const [dayCount, setDayCount] = useState(typeof days === 'number' ? String(days) : String(globalDays ?? 30));
  const [limited, setLimited] = useState(maxArticles !== null);
  const [count, setCount] = useState(String(maxArticles ?? 500));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onClose();
    onSave({
      days: choice === 'global' ? null : choice === 'forever' ? 'forever' : Number(dayCount),
      maxArticles: limited ? Number(count) : null,
    });
  };

  /** `name`: the accessible name, when the visible label reads on into the field beside it. */
  const radio = (value: DaysChoice, label: string, name?: string) => (
    <label className="settings-check">
      <input
        type="radio"
        name={`${ids}-days`}
        value={value}
        aria-label={name}
        checked={choice === value}
        onChange={() => setChoice(value)}
      />
      {label}
    </label>
  );

  return (
    <Dialog title={`Keep articles of ${feed.title}`} className="prompt-dialog" onClose={onClose}>
      <form className="prompt-form" onSubmit={submit}>
        <fieldset className="retention-choice">
          <legend>Read articles</legend>
          {radio('global', `Follow the global setting (${globalRetentionText(globalDays)})`)}
          <div className="retention-days">
            {radio('days', 'Keep for', 'Keep for a number of days')}
            <input
              type="number"
              aria-label="Days to keep read articles"
              min={0}
              max={maxDays}
              step={1}
              required={choice === 'days'}
              disabled={choice !== 'days'}
              value={dayCount}
              onChange={(event) => setDayCount(event.target.value)}
            />
            <span>days</span>
          </div>
          {radio('forever', 'Keep forever')}
        </fieldset>
        <div className="retention-days">
          <label className="settings-check">
            <input type="checkbox" checked={limited} onChange={(event) => setLimited(event.target.checked)} />
            Keep only the newest
          </label>
          <input
            type="number"
            aria-label="Most articles to keep"
            min={1}
            max={maxCount}
            step={1}
            required={limited}
            disabled={!limited}
            value={count}
            onChange={(event) => setCount(event.target.value)}
          />
          <span>articles</span>
        </div>
        <p className="prompt-hint">
          Unread, starred, shared, liked, noted and labelled articles are never removed. The feed's next refresh applies this.
        </p>
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button primary">
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
