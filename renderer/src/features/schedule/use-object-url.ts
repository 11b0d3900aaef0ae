import { useEffect, useState } from 'react';

/** A `blob:` URL holding `text` as `type`, made afresh when either changes and revoked after. */
export function useObjectUrl(text: string, type: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([text], { type }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [text, type]);
  return url;
}
