import { Fragment, useMemo } from 'react';
import type { Mark } from '../../../../shared/search/types';
import { hitParts } from './highlight';

/**
 * A hit line's text with its matches in `<mark>` and its web addresses as links that open
 * outside the window. Built from slices of the text as React text nodes, never as HTML.
 */
export function HitText({ text, marks }: { text: string; marks: readonly Mark[] }) {
  const parts = useMemo(() => hitParts(text, marks), [text, marks]);
  return (
    <>
      {parts.map((part, i) => {
        const pieces = part.pieces.map((piece, j) =>
          piece.marked ? (
            <mark key={j}>{piece.text}</mark>
          ) : (
            <Fragment key={j}>{piece.text}</Fragment>
          ),
        );
        return part.href ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer">
            {pieces}
          </a>
        ) : (
          <Fragment key={i}>{pieces}</Fragment>
        );
      })}
    </>
  );
}
