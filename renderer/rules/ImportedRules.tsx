// The import summary's rules part (#18): how many of the other reader's filters became rules, and
// each one that could not, with the reason, so nothing is dropped without a word.
import type { ImportSummary } from '../../shared/model';

export function ImportedRules({ rules }: { rules: NonNullable<ImportSummary['rules']> }) {
  return (
    <div className="imported-rules">
      <p>
        {rules.added === 1 ? '1 rule' : `${rules.added} rules`} added (Settings → Rules).
      </p>
      {rules.skipped.length > 0 ? (
        <details className="import-skipped" open>
          <summary>{rules.skipped.length === 1 ? '1 filter' : `${rules.skipped.length} filters`} not carried over</summary>
          <ul>
            {rules.skipped.map((skip, index) => (
              <li key={index}>
                <span className="import-skipped-item">{skip.name}</span>: {skip.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
