// Whether the component is still on screen: long calls (refresh, import) finish after a dialog or
// pane may have gone, and must not set state on it then.
import { useEffect, useRef, type MutableRefObject } from 'react';

export function useMounted(): MutableRefObject<boolean> {
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  return mounted;
}
