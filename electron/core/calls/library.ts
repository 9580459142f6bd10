// The contract's import, export and backup calls.
import type { Handlers } from '../../../shared/contract';
import type { Store } from '../store';
import { ImportError } from '../library/errors';
import { LibraryService, type LibraryServiceOptions } from '../library/service';

type LibraryCalls = 'importLibrary' | 'getImportStatus' | 'exportOpml' | 'exportStarred' | 'exportShared' | 'backupLibrary';

export function libraryHandlers(store: Store, options: LibraryServiceOptions = {}): Pick<Handlers, LibraryCalls> {
  const library = new LibraryService(store, options);
  return {
    importLibrary: (input) => {
      if ('path' in input) return library.import({ path: input.path }, { followLinks: input.followLinks });
      const bytes = Buffer.from(input.contentBase64, 'base64');
      if (bytes.length === 0) throw new ImportError('import', `${input.fileName}: the content is empty or not base64`);
      return library.import({ fileName: input.fileName, bytes }, { followLinks: input.followLinks });
    },
    getImportStatus: () => library.currentStatus(),
    exportOpml: () => library.exportOpml(),
    exportStarred: () => library.exportStream('starred'),
    exportShared: () => library.exportStream('shared'),
    backupLibrary: ({ path, force }) => library.backup(path, force),
  };
}
