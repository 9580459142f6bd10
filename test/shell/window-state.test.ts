import { describe, expect, it } from 'vitest';
import { defaultSize, parseSavedWindow, placeWindow, type Rect } from '../../electron/shell/window-state';
import { readWindowState, windowStateFileName, writeWindowState } from '../../electron/shell/window-state-file';
import { tempDir } from '../support/temp';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight: Rect = { x: 1440, y: 0, width: 2560, height: 1410 };

describe('where the window opens', () => {
  it('opens at the default size, placed by the system, the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ bounds: defaultSize, maximized: false });
  });

  it('opens where it was when that is still on a screen', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1800, height: 1000 }, maximized: false };
    expect(placeWindow(saved, [laptop, monitorOnTheRight])).toEqual(saved);
  });

  it('keeps it maximized', () => {
    expect(placeWindow({ bounds: { x: 10, y: 10, width: 900, height: 600 }, maximized: true }, [laptop]).maximized).toBe(true);
  });

  it('moves a window back onto the primary screen when its monitor is gone, centred and no larger than the screen', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1800, height: 1000 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
    const small = { bounds: { x: 3000, y: 200, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(small, [laptop]).bounds).toEqual({ x: 220, y: 88, width: 1000, height: 700 });
  });

  it('pulls a window that hangs off the edge back inside the screen it is mostly on', () => {
    const saved = { bounds: { x: 1000, y: -50, width: 800, height: 600 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual({ x: 640, y: 0, width: 800, height: 600 });
  });

  it('treats a sliver left on screen as lost', () => {
    const saved = { bounds: { x: 1400, y: 100, width: 800, height: 600 }, maximized: false };
    expect(placeWindow(saved, [laptop]).bounds).toEqual({ x: 320, y: 138, width: 800, height: 600 });
  });

  it('never grows a window past its screen, nor shrinks it below the minimum the screen allows', () => {
    const tiny: Rect = { x: 0, y: 0, width: 640, height: 400 };
    expect(placeWindow({ bounds: { x: 0, y: 0, width: 1280, height: 820 }, maximized: false }, [tiny]).bounds).toEqual(tiny);
  });

  it('reads back only a well-formed saved state', () => {
    expect(parseSavedWindow({ bounds: { x: 1, y: 2, width: 3, height: 4 }, maximized: true })).not.toBeNull();
    expect(parseSavedWindow({ bounds: { x: 1, y: 2, width: -3, height: 4 }, maximized: true })).toBeNull();
    expect(parseSavedWindow('x')).toBeNull();
  });
});

describe('window state file', () => {
  it('round-trips the state through window-state.json and ignores a damaged file', () => {
    const dir = tempDir('tidings-window-');
    try {
      expect(readWindowState(dir.path)).toBeNull();
      const state = { bounds: { x: 5, y: 6, width: 900, height: 700 }, maximized: true };
      writeWindowState(dir.path, state);
      expect(readWindowState(dir.path)).toEqual(state);
      writeFileSync(join(dir.path, windowStateFileName), '{"bounds":');
      expect(readWindowState(dir.path)).toBeNull();
    } finally {
      dir.remove();
    }
  });
});
