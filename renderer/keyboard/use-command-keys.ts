// Binds the shared command table to handlers: one keydown listener for the whole window.
import { useEffect, useRef } from 'react';
import { chordOf, commandForChord, type CommandId } from '../../shared/keymap';
import { isTypingTarget } from './is-typing';

export type CommandHandlers = Partial<Record<CommandId, () => void>>;

export function useCommandKeys(handlers: CommandHandlers): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
      const id = commandForChord(chordOf(event));
      const handler = id && current.current[id];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
