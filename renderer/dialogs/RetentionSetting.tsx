// How long read articles are kept. Starred, shared, liked, noted and labelled ones are always kept.
import { useId } from 'react';
import type { Settings } from '../../shared/settings';

const choices = [7, 30, 90, 365];

function label(days: number | null): string {
  if (days === null) return 'Forever';
  if (days === 0) return 'Not after they are read';
  return days === 365 ? 'A year' : `${days} days`;
}

export function RetentionSetting({ value, onChange }: { value: number | null; onChange: (changes: Partial<Settings>) => void }) {
  const id = useId();
  const options: (number | null)[] = [...new Set([...choices, ...(value === null ? [] : [value])])].sort((a, b) => a - b);
  return (
    <div className="settings-row">
      <label htmlFor={id}>Keep read articles</label>
      <select
        id={id}
        className="select"
        value={value === null ? 'forever' : String(value)}
        onChange={(event) => onChange({ retentionDays: event.target.value === 'forever' ? null : Number(event.target.value) })}
      >
        {[...options, null].map((days) => (
          <option key={days ?? 'forever'} value={days === null ? 'forever' : String(days)}>
            {label(days)}
          </option>
        ))}
      </select>
      <span className="settings-hint">Starred, shared, liked, noted and labelled articles are always kept.</span>
    </div>
  );
}
