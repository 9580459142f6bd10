// Binds the shared command table to handlers: one keydown listener for the whole window. Keys
// typed into a field are text, and a modal dialog keeps its keys to itself.
import { useEffect, useRef } from 'react';
import { chordOf, nextKeyStep, type CommandId } from '../../shared/keymap';
import { isTypingTarget } from './is-typing';

export type CommandHandlers = Record<CommandId, () => void>;

/** How long the second key of a sequence ("g", then "a") may wait. */
const sequenceMs = 1500;

const modifierKeys = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock']);

export function useCommandKeys(handlers: CommandHandlers): void {
  const current = useRef(handlers);
  useEffect(() => {
    current.current = handlers;
  });

  useEffect(() => {
    let pending: string | null = null;
    let timer = 0;
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing || modifierKeys.has(event.key)) return;
      if (isTypingTarget(event.target) || document.querySelector('dialog[open]')) return;
      // A focused button or link answers Enter itself.
      if (event.key === 'Enter' && event.target instanceof HTMLElement && event.target.closest('button, a[href]')) return;
      const step = nextKeyStep(pending, chordOf(event));
      window.clearTimeout(timer);
      pending = step.pending;
      if (pending) {
        timer = window.setTimeout(() => (pending = null), sequenceMs);
        event.preventDefault();
        return;
      }
      if (!step.command) return;
      event.preventDefault();
      current.current[step.command]();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.clearTimeout(timer);
    };
  }, []);
}
