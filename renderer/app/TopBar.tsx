import type { ReactNode } from 'react';
import { formatRoute, type Route } from '../core/shell/route';
import { useMessages } from './i18n';
import { stepFontScale, updateSettings, useSettings, type Theme } from './settings';

const THEMES: Theme[] = ['system', 'light', 'dark'];

export function TopBar({ route, search }: { route: Route; search: ReactNode }) {
  const t = useMessages();
  const settings = useSettings();
  const themeLabel = { system: t.themeSystem, light: t.themeLight, dark: t.themeDark };
  return (
    <header className="topbar">
      <a className="brand" href={formatRoute({ view: 'library' })}>
        <span className="brand-mark" aria-hidden="true">鲁</span>
        <span className="brand-name">{t.appName}</span>
      </a>
      <nav aria-label={t.appName} className="topnav">
        <a href="#/" aria-current={route.view === 'library' ? 'page' : undefined}>{t.library}</a>
        <a href="#/targets" aria-current={route.view === 'targets' ? 'page' : undefined}>{t.targets}</a>
        <a href="#/notes" aria-current={route.view === 'notes' ? 'page' : undefined}>{t.notes}</a>
        <a href="#/cities" aria-current={route.view === 'cities' ? 'page' : undefined}>{t.cities}</a>
        <a href="#/about" aria-current={route.view === 'about' ? 'page' : undefined} title={t.about}>{t.aboutShort}</a>
      </nav>
      {search}
      <div className="controls">
        <div className="group" role="group" aria-label={`${t.fontSmaller} / ${t.fontLarger}`}>
          <button type="button" onClick={() => updateSettings((s) => ({ fontScale: stepFontScale(s.fontScale, -1) }))} title={t.fontSmaller}>
            A−<span className="visually-hidden"> {t.fontSmaller}</span>
          </button>
          <button type="button" onClick={() => updateSettings((s) => ({ fontScale: stepFontScale(s.fontScale, 1) }))} title={t.fontLarger}>
            A+<span className="visually-hidden"> {t.fontLarger}</span>
          </button>
        </div>
        <label className="select">
          <span className="visually-hidden">{t.theme}</span>
          <select value={settings.theme} onChange={(e) => updateSettings({ theme: e.target.value as Theme })} aria-label={t.theme}>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>{`${t.theme}: ${themeLabel[theme]}`}</option>
            ))}
          </select>
        </label>
        <div className="group" role="group" aria-label={t.interfaceLanguage}>
          <button type="button" lang="en" aria-pressed={settings.uiLanguage === 'en'} onClick={() => updateSettings({ uiLanguage: 'en' })}>
            EN
          </button>
          <button type="button" lang="zh-Hans" aria-pressed={settings.uiLanguage === 'zh'} onClick={() => updateSettings({ uiLanguage: 'zh' })}>
            中文
          </button>
        </div>
      </div>
    </header>
  );
}
