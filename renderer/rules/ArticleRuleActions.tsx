// The article's rule actions: "Make a rule from this…", and "Show again" for an article a rule hid
// (in the Filtered view).
import type { ArticleSummary } from '../../shared/model';
import { useRulesUi } from './rules-context';

export function ArticleRuleActions({ article }: { article: ArticleSummary }) {
  const ui = useRulesUi();
  if (!ui) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => ui.makeRuleFrom(article)}>
        Make a rule from this…
      </button>
      {ui.scope.kind === 'filtered' ? (
        <button type="button" className="button" onClick={() => void ui.rules.showAgain([article.id])}>
          Show again
        </button>
      ) : null}
    </>
  );
}
