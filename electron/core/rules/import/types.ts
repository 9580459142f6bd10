// What an importer of another reader's filters gives back: the rules it could carry over, in the
// order they ran there, and each filter or part of one it could not, with the reason in words.
import type { RuleInput } from '../../../../shared/rules';

export interface SkippedFilter {
  /** The filter's name there, or a description of it when it had none. */
  name: string;
  reason: string;
}

export interface ImportedRules {
  rules: RuleInput[];
  skipped: SkippedFilter[];
}

/**
 * The library the rules are read into: the importers scope rules to feeds and folders by what the
 * other reader named them, and are pure, so the caller looks the names up (null: not subscribed).
 */
export interface LibraryNames {
  feedIdByUrl(url: string): number | null;
  feedIdByTitle(title: string): number | null;
  /** A folder by its name, as its path ("Tech/Web"); null when there is none, or more than one. */
  folderPathByName(name: string): string | null;
}
