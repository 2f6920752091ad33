import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { formatRoute, type Route } from '../core/route/route';
import { useMessages } from './i18n';
import { stepFontScale, updateSettings, useSettings, type Theme } from './settings';

const THEMES: Theme[] = ['system', 'light', 'dark'];

/**
 * The bar across the top: the library's mark, the views, the search box and one "Aa" button for how the text is
 * shown. It stays one row from 720 px up; its height is published as --topbar-height, so what sticks below it (the
 * match stepper, the outline) is never hidden under it.
 */
export function TopBar({ route, search }: { route: Route; search: ReactNode }) {
  const t = useMessages();
  const bar = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const publish = (): void =>
      document.documentElement.style.setProperty(
        '--topbar-height',
        `${Math.ceil(el.getBoundingClientRect().height)}px`,
      );
    publish();
    const observer = new ResizeObserver(publish);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const current = (view: Route['view']) => (route.view === view ? 'page' : undefined);
  return (
    <header className="topbar" ref={bar}>
      <a className="brand" href={formatRoute({ view: 'library' })} title={t.appName}>
        <span className="brand-mark" aria-hidden="true">
          鲁
        </span>
        <span className="brand-name">{t.appName}</span>
      </a>
      <nav aria-label={t.appName} className="topnav">
        <a href="#/" aria-current={current('library')}>
          {t.library}
        </a>
        <a href="#/targets" aria-current={current('targets')}>
          {t.targets}
        </a>
        <a href="#/notes" aria-current={current('notes')}>
          {t.notes}
        </a>
        <a href="#/cities" aria-current={current('cities')}>
          {t.cities}
        </a>
        <a href="#/about" aria-current={current('about')} title={t.about}>
          {t.aboutShort}
        </a>
      </nav>
      {search}
      <DisplaySettings />
    </header>
  );
}

/** Text size, theme, interface language and glossary marks, in a popover that Escape or a click outside closes. */
function DisplaySettings() {
  const t = useMessages();
  const settings = useSettings();
  const themeLabel = { system: t.themeSystem, light: t.themeLight, dark: t.themeDark };
  return (
    <div className="display">
      <button
        type="button"
        className="display-button"
        popoverTarget="display-settings"
        aria-label={t.displaySettings}
        title={t.displaySettings}
      >
        <span aria-hidden="true">Aa</span>
      </button>
      <div
        id="display-settings"
        className="display-popover"
        popover="auto"
        role="dialog"
        aria-label={t.displaySettings}
      >
        <div className="display-row" role="group" aria-label={t.textSize}>
          <span className="display-label" aria-hidden="true">
            {t.textSize}
          </span>
          <div className="group">
            <button
              type="button"
              onClick={() => updateSettings((s) => ({ fontScale: stepFontScale(s.fontScale, -1) }))}
              aria-label={t.fontSmaller}
              title={t.fontSmaller}
            >
              A−
            </button>
            <button
              type="button"
              onClick={() => updateSettings({ fontScale: 1 })}
              aria-label={t.fontReset}
              title={t.fontReset}
            >
              {Math.round(settings.fontScale * 100)}%
            </button>
            <button
              type="button"
              onClick={() => updateSettings((s) => ({ fontScale: stepFontScale(s.fontScale, 1) }))}
              aria-label={t.fontLarger}
              title={t.fontLarger}
            >
              A+
            </button>
          </div>
        </div>
        <div className="display-row" role="radiogroup" aria-label={t.theme}>
          <span className="display-label" aria-hidden="true">
            {t.theme}
          </span>
          <div className="group">
            {THEMES.map((theme) => (
              <button
                key={theme}
                type="button"
                role="radio"
                aria-checked={settings.theme === theme}
                onClick={() => updateSettings({ theme })}
              >
                {themeLabel[theme]}
              </button>
            ))}
          </div>
        </div>
        <div className="display-row" role="radiogroup" aria-label={t.interfaceLanguage}>
          <span className="display-label" aria-hidden="true">
            {t.interfaceLanguage}
          </span>
          <div className="group">
            <button
              type="button"
              role="radio"
              lang="en"
              aria-checked={settings.uiLanguage === 'en'}
              onClick={() => updateSettings({ uiLanguage: 'en' })}
            >
              English
            </button>
            <button
              type="button"
              role="radio"
              lang="zh-Hans"
              aria-checked={settings.uiLanguage === 'zh'}
              onClick={() => updateSettings({ uiLanguage: 'zh' })}
            >
              中文
            </button>
          </div>
        </div>
        <label className="display-row display-check">
          <input
            type="checkbox"
            checked={settings.glossaryMarks}
            onChange={(e) => updateSettings({ glossaryMarks: e.target.checked })}
          />
          <span>
            {t.glossaryMarks}
            <span className="display-hint">{t.glossaryMarksHint}</span>
          </span>
        </label>
      </div>
    </div>
  );
}
