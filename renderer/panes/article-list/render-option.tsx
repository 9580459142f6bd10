// What the list, magazine and cards views share: each row is an option of the listbox with the
// person's latest read/star state laid over it; only the row's inside differs between views.
import type { ReactNode } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { ArticleOption } from './ArticleOption';
import type { ArticleViewProps } from './view-props';

export function optionRenderer(
  props: ArticleViewProps,
  className: string,
  body: (article: ArticleSummary) => ReactNode,
): (row: ArticleSummary, index: number) => ReactNode {
  const setSize = props.hasMore ? -1 : props.rows.length;
  return (row, index) => {
    const article = props.withState(row);
    return (
      <ArticleOption
        key={article.id}
        article={article}
        index={index}
        setSize={setSize}
        selected={article.id === props.cursorId}
        open={article.id === props.openId}
        menu={article.id === props.menuId}
        className={className}
        onOpen={props.onOpen}
        {...(props.onMenu ? { onMenu: props.onMenu } : {})}
      >
        {body(article)}
      </ArticleOption>
    );
  };
}
