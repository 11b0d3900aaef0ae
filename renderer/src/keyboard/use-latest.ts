import { useEffect, useRef, type RefObject } from 'react';

/**
 * A ref that always holds the latest `value`, for listeners registered once that must call the
 * handlers of the latest render rather than those of the render that registered them.
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
