import { accelerator, COMMANDS, type CommandSpec, type MenuGroup } from '../commands/commands';
import { messages, type UiLanguage } from '../messages/messages';
import { checkedMenuItems, type MenuCommand, type MenuState } from './bridge-contract';

/** A menu item as plain data: the shell turns it into Electron's, adding what a click does. Runs anywhere, so it is tested in Node. */
export type MenuEntry =
  | {
      readonly kind: 'command';
      readonly id: MenuCommand;
      readonly label: string;
      readonly accelerator?: string;
      readonly radio?: boolean;
      readonly checked?: boolean;
    }
  | {
      readonly kind: 'role';
      readonly role:
        | 'appMenu'
        | 'editMenu'
        | 'close'
        | 'quit'
        | 'zoomIn'
        | 'zoomOut'
        | 'resetZoom'
        | 'togglefullscreen'
        | 'toggleDevTools';
    }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly label: string; readonly role?: 'help'; readonly items: readonly MenuEntry[] };

/**
 * The application menu, in the interface language: the registry's commands in their groups (File, View, Theme,
 * Interface Language, Help), with the theme and language in use checked, and Electron's own roles between them.
 */
export function menuTemplate(
  language: UiLanguage,
  state: MenuState,
  options: { mac: boolean; development: boolean },
): MenuEntry[] {
  const t = messages[language];
  const chosen = new Set<string>(checkedMenuItems(state));
  const group = (name: MenuGroup, radio = false): MenuEntry[] =>
    COMMANDS.filter((c: CommandSpec) => c.menu === name).map((c): MenuEntry => {
      const keys = accelerator(c);
      return {
        kind: 'command',
        id: c.id as MenuCommand,
        // In its own submenu, "Theme: dark" reads as "Dark" (and "Interface in Chinese" as the language's name).
        label: radio ? c.label[language].replace(/^[^:：]+[:：]\s*/, '') : c.label[language],
        ...(keys !== undefined ? { accelerator: keys } : {}),
        ...(radio ? { radio: true, checked: chosen.has(c.id) } : {}),
      };
    });
  return [
    ...(options.mac ? [{ kind: 'role', role: 'appMenu' } as const] : []),
    {
      kind: 'submenu',
      label: t.menuFile,
      items: [...group('file'), { kind: 'separator' }, { kind: 'role', role: options.mac ? 'close' : 'quit' }],
    },
    { kind: 'role', role: 'editMenu' },
    {
      kind: 'submenu',
      label: t.menuView,
      items: [
        ...group('view'),
        { kind: 'separator' },
        { kind: 'role', role: 'zoomIn' },
        { kind: 'role', role: 'zoomOut' },
        { kind: 'role', role: 'resetZoom' },
        { kind: 'separator' },
        { kind: 'submenu', label: t.menuTheme, items: group('theme', true) },
        { kind: 'submenu', label: t.menuLanguage, items: group('language', true) },
        { kind: 'separator' },
        { kind: 'role', role: 'togglefullscreen' },
        ...(options.development ? [{ kind: 'role', role: 'toggleDevTools' } as const] : []),
      ],
    },
    { kind: 'submenu', label: t.menuHelp, role: 'help', items: group('help') },
  ];
}
