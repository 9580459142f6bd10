// What the rules' parts in the settings, the reader and the list need (the rules, the library for
// scopes, and the ways to open the rule editor and the mute confirmation), without threading them
// through every pane. App provides it; outside a provider the rule actions are not offered.
import { createContext, useContext, type ReactNode } from 'react';
import type { ArticleScope, ArticleSummary, Library } from '../../shared/model';
import type { RulesState } from '../api/use-rules';
import { RulesSettings } from './RulesSettings';

export interface RulesUi {
  rules: RulesState;
  library: Library | null;
  scope: ArticleScope;
  makeRuleFrom: (article: ArticleSummary) => void;
  muteWord: (word: string) => void;
}

const RulesContext = createContext<RulesUi | null>(null);

export function RulesProvider({ ui, children }: { ui: RulesUi; children: ReactNode }) {
  return <RulesContext.Provider value={ui}>{children}</RulesContext.Provider>;
}

export function useRulesUi(): RulesUi | null {
  return useContext(RulesContext);
}

/** The settings dialog's Rules section. */
export function RulesSection() {
  const ui = useRulesUi();
  return ui ? <RulesSettings rules={ui.rules} library={ui.library} /> : null;
}
