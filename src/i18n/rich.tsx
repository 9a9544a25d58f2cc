import { Fragment, type ReactNode } from 'react';
import { tParts, type MessageId } from './messages';

/**
 * A message whose arguments may be elements (a name in bold, a link): the translation decides
 * where each goes, so a sentence is never assembled from English-ordered pieces.
 */
export function richText(id: MessageId, values: Record<string, ReactNode>): ReactNode {
  return tParts(id, values).map((part, i) => <Fragment key={i}>{part}</Fragment>);
}
