import { describe, expect, it } from 'vitest';
import {
  accelerator,
  commandById,
  COMMANDS,
  findCommands,
  keyConflicts,
  keyLabel,
  keyName,
  type CommandSpec,
} from './commands';

const press = (
  key: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the command registry', () => {
  it('gives no two commands the same key in the same context', () => {
    expect(keyConflicts()).toEqual([]);
  });

  it('finds a shared key, and lets a more specific context reuse one', () => {
    const spec = (id: string, keys: string[], context: CommandSpec['context']): CommandSpec => ({
      id,
      label: { en: id, zh: id },
      keys,
      context,
    });
    expect(keyConflicts([spec('a', ['j'], 'reader'), spec('b', ['k', 'j'], 'reader')])).toEqual([
      { key: 'j', a: 'a', b: 'b' },
    ]);
    // matches and chinese apply together on a document's page: equally specific, they may not share a key.
    expect(keyConflicts([spec('a', ['s'], 'matches'), spec('b', ['s'], 'chinese')])).toHaveLength(1);
    expect(keyConflicts([spec('a', ['Enter'], 'matches'), spec('b', ['Enter'], 'term')])).toEqual([]);
    expect(keyConflicts([spec('a', ['t'], 'reader'), spec('b', ['T'], 'reader')])).toEqual([]);
  });

  it('names every command once, in both languages', () => {
    expect(new Set(COMMANDS.map((c) => c.id)).size).toBe(COMMANDS.length);
    for (const c of COMMANDS) {
      expect(c.label.en.trim(), c.id).not.toBe('');
      expect(c.label.zh, c.id).toMatch(/\p{Script=Han}/u);
    }
    expect(new Set(COMMANDS.map((c) => c.label.en)).size).toBe(COMMANDS.length);
    expect(new Set(COMMANDS.map((c) => c.label.zh)).size).toBe(COMMANDS.length);
  });

  it('reads a key press the way the registry writes keys', () => {
    expect(keyName(press('j'))).toBe('j');
    expect(keyName(press('T', { shiftKey: true }))).toBe('T');
    expect(keyName(press('?', { shiftKey: true }))).toBe('?');
    expect(keyName(press('Enter', { shiftKey: true }))).toBe('Shift+Enter');
    expect(keyName(press('k', { ctrlKey: true }))).toBe('Mod+K');
    expect(keyName(press('k', { metaKey: true }))).toBe('Mod+K');
    expect(keyName(press('P', { ctrlKey: true, shiftKey: true }))).toBe('Mod+Shift+P');
    expect(keyName(press('j', { altKey: true }))).toBeNull();
    expect(keyName(press('Shift', { shiftKey: true }))).toBeNull();
  });

  it('finds a command by its name in either language, whatever the interface', () => {
    expect(findCommands(COMMANDS, 'next doc').map((c) => c.id)).toEqual(['document:next']);
    expect(findCommands(COMMANDS, '下一份').map((c) => c.id)).toEqual(['document:next']);
    expect(findCommands(COMMANDS, 'THEME dark').map((c) => c.id)).toEqual(['theme:dark']);
    expect(findCommands(COMMANDS, 'zzz')).toEqual([]);
    expect(findCommands(COMMANDS, '  ')).toHaveLength(COMMANDS.length);
    // A name that starts with the query comes before one that only contains it.
    expect(findCommands(COMMANDS, 'search')[0]!.id).toBe('search:focus');
  });

  it('says keys as a person reads them, and gives the menu its accelerator', () => {
    expect(keyLabel('Mod+K', false)).toBe('Ctrl K');
    expect(keyLabel('Mod+K', true)).toBe('⌘ K');
    expect(keyLabel('T', false)).toBe('Shift T');
    expect(keyLabel('?', false)).toBe('?');
    expect(keyLabel('Escape', false)).toBe('Esc');
    expect(keyLabel('Shift+Enter', false)).toBe('Shift Enter');
    expect(accelerator(commandById('document:next'))).toBe('CmdOrCtrl+]');
    expect(accelerator(commandById('font:reset'))).toBeUndefined();
  });
});
