// The command table: one meaning per key, sequences that resolve, labels people can read.
import { describe, expect, it } from 'vitest';
import { chordLabel, chordOf, commands, nextKeyStep, sequenceLabels } from '../../shared/keymap';

const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, ctrlKey: false, altKey: false, metaKey: false });

describe('keymap', () => {
  it('binds each key sequence to one command, and no sequence is the start of a bound key', () => {
    const all = commands.flatMap((command) => command.keys);
    expect(new Set(all).size).toBe(all.length);
    for (const keys of all) {
      const chords = keys.split(' ');
      for (let length = 1; length < chords.length; length++) expect(all).not.toContain(chords.slice(0, length).join(' '));
    }
  });

  it("has Google Reader's keys", () => {
    const bound = new Set(commands.flatMap((command) => command.keys));
    for (const keys of ['j', 'k', 'n', 'p', 'o', 'enter', 's', 'shift+s', 'shift+d', 'l', 'm', 't', 'v', 'e', 'shift+a',
      'shift+n', 'shift+p', 'shift+o', 'shift+x', 'g a', 'g s', 'g shift+s', 'g u', 'g t', 'r', 'u', '1', '2', '/', 'a', '=', '-', '?']) {
      expect(bound, keys).toContain(keys);
    }
  });

  it('reads key events as chords', () => {
    expect(chordOf(key('J', true))).toBe('shift+j');
    expect(chordOf(key('?', true))).toBe('?');
    expect(chordOf(key('Enter'))).toBe('enter');
    expect(chordOf({ ...key('r'), ctrlKey: true })).toBe('ctrl+r');
  });

  it('follows a sequence, and a chord that continues none is read afresh', () => {
    expect(nextKeyStep(null, 'g')).toEqual({ pending: 'g' });
    expect(nextKeyStep('g', 'a')).toEqual({ command: 'go-all', pending: null });
    expect(nextKeyStep('g', 'shift+s')).toEqual({ command: 'go-shared', pending: null });
    expect(nextKeyStep('g', 'j')).toEqual({ command: 'next-article', pending: null });
    expect(nextKeyStep('g', 'g')).toEqual({ pending: 'g' });
    expect(nextKeyStep(null, 'shift+s')).toEqual({ command: 'share', pending: null });
    expect(nextKeyStep(null, 'x')).toEqual({ pending: null });
  });

  it('labels chords and sequences', () => {
    expect(chordLabel('shift+a')).toBe('Shift+A');
    expect(chordLabel('+')).toBe('+');
    expect(sequenceLabels('g shift+s')).toEqual(['G', 'Shift+S']);
    // The key is ContextMenu to the browser and Menu on its cap.
    expect(chordLabel('contextmenu')).toBe('Menu');
    expect(chordLabel('shift+f10')).toBe('Shift+F10');
  });

  it('says what a later command will do', () => {
    for (const command of commands) {
      if ('later' in command) expect(command.later).toMatch(/later version/);
    }
  });
});
