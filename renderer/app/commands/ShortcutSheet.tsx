import { COMMANDS, type CommandContext } from '../../core/commands/commands';
import { useMessages } from '../i18n';
import { shownKey } from './keys';
import { useSettings } from '../settings';

const ORDER: readonly CommandContext[] = ['app', 'search', 'reader', 'matches', 'chinese', 'selection', 'term'];

/** The `?` sheet: every command of the registry, by where it applies, in the interface's language. */
export function ShortcutSheet() {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  return (
    <section className="shortcut-sheet" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">{t.shortcuts}</h2>
      <p>{t.shortcutsIntro}</p>
      {ORDER.map((context) => (
        <table key={context} className="shortcuts">
          <caption>{t.commandContexts[context]}</caption>
          <tbody>
            {COMMANDS.filter((c) => c.context === context).map((c) => (
              <tr key={c.id} data-command={c.id}>
                <th scope="row">
                  {c.keys.length === 0 ? (
                    <span className="no-key">{t.noKey}</span>
                  ) : (
                    c.keys.map((k) => <kbd key={k}>{shownKey(k)}</kbd>)
                  )}
                </th>
                <td>{c.label[uiLanguage]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
