import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider, THEME_STORAGE_KEY, useTheme } from '../../src/app';

/** A `prefers-color-scheme: dark` query whose answer the test flips, as the OS setting would. */
function installSystemScheme(initiallyDark: boolean) {
  const query = new EventTarget() as EventTarget & { matches: boolean; media: string };
  query.matches = initiallyDark;
  query.media = '(prefers-color-scheme: dark)';
  const original = window.matchMedia;
  window.matchMedia = ((media: string) => {
    if (media !== query.media) throw new Error(`unexpected media query ${media}`);
    return query;
  }) as unknown as typeof window.matchMedia;
  return {
    set(dark: boolean) {
      query.matches = dark;
      act(() => {
        query.dispatchEvent(new Event('change'));
      });
    },
    restore() {
      window.matchMedia = original;
    },
  };
}

function ThemeSwitch() {
  const { mode, toggle } = useTheme();
  return (
    <button type="button" onClick={toggle}>
      now {mode}
    </button>
  );
}

describe('ThemeProvider', () => {
  let system: ReturnType<typeof installSystemScheme>;
  beforeEach(() => {
    window.localStorage.clear();
    system = installSystemScheme(false);
  });
  afterEach(() => system.restore());

  it('follows the system switching between light and dark while the user has not picked a theme', () => {
    render(
      <ThemeProvider>
        <ThemeSwitch />
      </ThemeProvider>,
    );
    expect(document.documentElement.dataset.theme).toBe('light');
    system.set(true);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(screen.getByRole('button')).toHaveTextContent('now dark');
    system.set(false);
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('keeps the theme the user picked when the system changes afterwards', async () => {
    const user = userEvent.setup();
    render(
      <ThemeProvider>
        <ThemeSwitch />
      </ThemeProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'now light' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    system.set(false);
    system.set(true);
    system.set(false);
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
