// "Mute this word": a small button beside the reader while a short run of its text is selected.
// Pressing it asks first (naming the word), then a rule hides what contains it.
import { useEffect, useState, type RefObject } from 'react';
import { mutableWord } from './draft';
import { useRulesUi } from './rules-context';
import './rules.css';

export function MuteSelection({ within }: { within: RefObject<HTMLElement | null> }) {
  const ui = useRulesUi();
  const [word, setWord] = useState<string | null>(null);

  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const node = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).commonAncestorContainer : null;
      setWord(node && within.current?.contains(node) ? mutableWord(selection?.toString() ?? '') : null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [within]);

  if (!ui || word === null) return null;
  return (
    <div className="mute-selection">
      <button type="button" className="button" onMouseDown={(event) => event.preventDefault()} onClick={() => ui.muteWord(word)}>
        Mute “{word}”…
      </button>
    </div>
  );
}
