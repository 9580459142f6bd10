// Where the window opens: where it was last time (size, position, maximized), unless that place is
// no longer on any screen (a monitor unplugged, a smaller resolution), in which case it is pulled
// onto the screen it overlaps most, or onto the primary one. Pure; the file lives in
// window-state-file.ts, the screens come from Electron's `screen`.
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindow {
  bounds: Rect;
  maximized: boolean;
}

/** What the window is created with: no x/y means "let the system place it". */
export interface Placement {
  bounds: { width: number; height: number; x?: number; y?: number };
  maximized: boolean;
}

export const defaultSize = { width: 1280, height: 820 };
export const minimumSize = { width: 720, height: 480 };
/** Less of the window than this on screen and it counts as lost. */
const minimumVisible = { width: 120, height: 60 };

const rect = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() });
const savedWindowSchema = z.object({ bounds: rect, maximized: z.boolean() });

/** A saved state read back from disk, or null if it is missing or not one. */
export function parseSavedWindow(value: unknown): SavedWindow | null {
  const parsed = savedWindowSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

/** The rectangle made to fit inside the area: no larger than it, and moved (not shrunk further) to lie within it. */
function fitInto(bounds: Rect, area: Rect): Rect {
  const width = clamp(bounds.width, Math.min(minimumSize.width, area.width), area.width);
  const height = clamp(bounds.height, Math.min(minimumSize.height, area.height), area.height);
  return {
    width,
    height,
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
  };
}

/**
 * Where to open the window, given the saved state and the screens' work areas (the primary
 * screen's first). A window still mostly on a screen is kept there, fitted inside it; a window
 * on no screen opens centred on the primary one.
 */
export function placeWindow(saved: SavedWindow | null, workAreas: readonly Rect[]): Placement {
  const primary = workAreas[0];
  if (!saved || !primary) return { bounds: { ...defaultSize }, maximized: saved?.maximized ?? false };
  const best = workAreas
    .map((area) => ({ area, seen: overlap(saved.bounds, area) }))
    .sort((a, b) => b.seen.width * b.seen.height - a.seen.width * a.seen.height)[0];
  if (best && best.seen.width >= minimumVisible.width && best.seen.height >= minimumVisible.height) {
    return { bounds: fitInto(saved.bounds, best.area), maximized: saved.maximized };
  }
  const size = fitInto({ ...saved.bounds, x: primary.x, y: primary.y }, primary);
  return {
    bounds: {
      ...size,
      x: primary.x + Math.round((primary.width - size.width) / 2),
      y: primary.y + Math.round((primary.height - size.height) / 2),
    },
    maximized: saved.maximized,
  };
}
