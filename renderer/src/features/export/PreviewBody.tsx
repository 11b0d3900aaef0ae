import { useEffect, useRef } from 'react';
import type { PreviewKind } from './export-model';

/**
 * One rendered file as the chair would read it: text formats as text, a Markdown page rendered,
 * a web page as a page. Pages pass through the preview sanitizer and are inserted as DOM nodes;
 * the Markdown renderer and the sanitizer load with the first page previewed.
 */
export function PreviewBody({ kind, text }: { kind: PreviewKind; text: string }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el || kind === 'text') return;
    let current = true;
    import('./preview-html').then(
      ({ previewFragment }) => {
        if (current) el.replaceChildren(previewFragment(kind, text));
      },
      () => {
        if (current)
          el.replaceChildren('The preview could not be loaded; the files save as usual.');
      },
    );
    return () => {
      current = false;
    };
  }, [kind, text]);

  if (kind === 'text') return <pre className="export-preview-text">{text}</pre>;
  return <div ref={ref} className="export-preview-page" />;
}
