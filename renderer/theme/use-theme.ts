// Applies the appearance settings to the page at once: the theme (following the system when asked),
// the article font and size, and the density. The last theme is remembered in localStorage so the
// next start paints in it before the library answers.
import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/settings';

const rememberedKey = 'tidings.theme';
const darkQuery = '(prefers-color-scheme: dark)';

export type ResolvedTheme = 'light' | 'dark';

function systemTheme(): ResolvedTheme {
  return window.matchMedia?.(darkQuery).matches ? 'dark' : 'light';
}

/** Before React renders: the theme the page was last shown in. */
export function applyRememberedTheme(): void {
  let remembered: string | null = null;
  try {
    remembered = window.localStorage.getItem(rememberedKey);
  } catch {
    // storage may be disabled; the system theme applies
  }
  document.documentElement.dataset.theme = remembered === 'dark' || remembered === 'light' ? remembered : systemTheme();
}

const fontStacks: Record<Settings['fontFamily'], string> = {
  serif: 'var(--serif)',
  sans: 'var(--sans)',
  mono: 'var(--mono)',
};

export function useTheme(settings: Settings, loaded: boolean): ResolvedTheme {
  const [system, setSystem] = useState<ResolvedTheme>(systemTheme);
  useEffect(() => {
    const query = window.matchMedia?.(darkQuery);
    if (!query) return;
    const onChange = () => setSystem(query.matches ? 'dark' : 'light');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const theme: ResolvedTheme = settings.theme === 'system' ? system : settings.theme;
  useEffect(() => {
    if (!loaded) return;
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.density = settings.density;
    root.style.setProperty('--reader-font', fontStacks[settings.fontFamily]);
    root.style.setProperty('--reader-size', `${settings.fontSize}px`);
    try {
      window.localStorage.setItem(rememberedKey, theme);
    } catch {
      // see applyRememberedTheme
    }
  }, [loaded, theme, settings.density, settings.fontFamily, settings.fontSize]);
  return theme;
}
