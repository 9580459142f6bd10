// The contract's calls for the settings.
import type { Handlers } from '../../../shared/contract';
import type { Store } from '../store';

export function settingsHandlers(store: Store): Pick<Handlers, 'getSettings' | 'updateSettings'> {
  return {
    getSettings: () => store.settings.get(),
    updateSettings: (changes) => store.settings.update(changes),
  };
}
