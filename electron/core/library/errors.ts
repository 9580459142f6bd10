// The one error an import raises on purpose. Its message starts with the stage that refused the
// file ("opml: line 3, column 9: ...", "zip: ...") so the one line a person sees says where to look.
import { TidingsError } from '../../../shared/errors';

export type ImportStage = 'import' | 'opml' | 'zip' | 'takeout' | 'reader json' | 'backup';

export class ImportError extends TidingsError {
  constructor(
    readonly stage: ImportStage,
    detail: string,
  ) {
    super('bad_input', `${stage}: ${detail}`);
    this.name = 'ImportError';
  }
}
