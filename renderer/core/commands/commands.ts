/**
 * Every command of the program, named once: its id, its name in both interface languages, its keys and where it
 * applies. The keyboard handler, the `?` sheet, the command palette (Ctrl/Cmd+Shift+P) and the desktop menu all read
 * this list; the page supplies what each command does (`renderer/app/commands/`). Runs anywhere: the main process
 * builds its menu from it.
 */

/**
 * Where a command applies. Contexts are nested: `app` everywhere; `reader` on a document's page; the others within it
 * (`matches` when the page shows search matches, `chinese` for a document in Traditional characters, `selection`
 * when text is selected in a paragraph, `term` when a glossary term has the focus); `search` while typing in the
 * search box. When two commands share a key, the more specific context's runs.
 */
export type CommandContext = 'app' | 'reader' | 'matches' | 'chinese' | 'selection' | 'term' | 'search';

/** How specific each context is: a key pressed runs the command of the most specific context that applies. */
export const CONTEXT_RANK: Readonly<Record<CommandContext, number>> = {
  app: 0,
  reader: 1,
  matches: 2,
  chinese: 2,
  selection: 3,
  term: 4,
  search: 5,
};

/** Contexts that apply while typing in a field: there, plain keys are the field's and only these commands hear them. */
export const FIELD_CONTEXTS: ReadonlySet<CommandContext> = new Set(['search']);

export type MenuGroup = 'file' | 'view' | 'theme' | 'language' | 'help';

export interface CommandSpec {
  readonly id: string;
  readonly label: { readonly en: string; readonly zh: string };
  /**
   * Keys as `KeyboardEvent.key` gives them, with `Mod+` for Ctrl (Cmd on a Mac) and `Shift+` for a shifted named key:
   * `j`, `T` (Shift+t), `?`, `Enter`, `Shift+Enter`, `Mod+K`, `Mod+Shift+P`. The first `Mod+` key is the menu's.
   */
  readonly keys: readonly string[];
  readonly context: CommandContext;
  /** The menu it is in, if any. */
  readonly menu?: MenuGroup;
}

export const COMMANDS = [
  // Anywhere
  { id: 'search:focus', label: { en: 'Search', zh: '检索' }, keys: ['Mod+K', 'Mod+F'], context: 'app' },
  { id: 'palette:open', label: { en: 'Find a command', zh: '查找命令' }, keys: ['Mod+Shift+P'], context: 'app' },
  { id: 'show:library', label: { en: 'Library', zh: '文库' }, keys: ['l', 'Mod+L'], context: 'app', menu: 'file' },
  { id: 'show:targets', label: { en: 'Targets', zh: '目标' }, keys: [], context: 'app', menu: 'file' },
  { id: 'show:notes', label: { en: 'Notes', zh: '笔记' }, keys: [], context: 'app', menu: 'file' },
  { id: 'show:cities', label: { en: 'Cities', zh: '城市' }, keys: [], context: 'app', menu: 'file' },
  {
    id: 'document:previous',
    label: { en: 'Previous document', zh: '上一份文件' },
    keys: ['[', 'Mod+['],
    context: 'app',
    menu: 'view',
  },
  {
    id: 'document:next',
    label: { en: 'Next document', zh: '下一份文件' },
    keys: [']', 'Mod+]'],
    context: 'app',
    menu: 'view',
  },
  { id: 'font:larger', label: { en: 'Larger text', zh: '放大字号' }, keys: ['+', '='], context: 'app', menu: 'view' },
  { id: 'font:smaller', label: { en: 'Smaller text', zh: '缩小字号' }, keys: ['-'], context: 'app', menu: 'view' },
  { id: 'font:reset', label: { en: 'Default text size', zh: '恢复默认字号' }, keys: [], context: 'app', menu: 'view' },
  {
    id: 'theme:system',
    label: { en: 'Theme: as the system', zh: '主题：跟随系统' },
    keys: [],
    context: 'app',
    menu: 'theme',
  },
  { id: 'theme:light', label: { en: 'Theme: light', zh: '主题：浅色' }, keys: [], context: 'app', menu: 'theme' },
  { id: 'theme:dark', label: { en: 'Theme: dark', zh: '主题：深色' }, keys: [], context: 'app', menu: 'theme' },
  {
    id: 'ui-language:en',
    label: { en: 'Interface in English', zh: '界面：English' },
    keys: [],
    context: 'app',
    menu: 'language',
  },
  {
    id: 'ui-language:zh',
    label: { en: 'Interface in Chinese (中文)', zh: '界面：中文' },
    keys: [],
    context: 'app',
    menu: 'language',
  },
  {
    id: 'show:about',
    label: { en: 'About these documents, and the keys', zh: '关于这些文件及快捷键' },
    keys: ['?'],
    context: 'app',
    menu: 'help',
  },
  // A document's page
  { id: 'paragraph:next', label: { en: 'Next paragraph', zh: '下一段' }, keys: ['j'], context: 'reader' },
  { id: 'paragraph:previous', label: { en: 'Previous paragraph', zh: '上一段' }, keys: ['k'], context: 'reader' },
  {
    id: 'paragraph:copy-link',
    label: { en: 'Copy a link to the paragraph', zh: '复制当前段落的链接' },
    keys: ['c'],
    context: 'reader',
  },
  {
    id: 'term:next',
    label: { en: 'Next glossary term and its card', zh: '下一个术语及其释义卡' },
    keys: ['t'],
    context: 'reader',
  },
  { id: 'term:previous', label: { en: 'Previous glossary term', zh: '上一个术语' }, keys: ['T'], context: 'reader' },
  {
    id: 'document:original',
    label: { en: 'Show the original or the cleaned text', zh: '显示原文 / 整理后文本' },
    keys: ['o'],
    context: 'reader',
  },
  { id: 'notes:panel', label: { en: 'Show or hide the notes', zh: '显示 / 隐藏笔记' }, keys: [], context: 'reader' },
  { id: 'sentence:next', label: { en: 'Select the next sentence', zh: '选中下一句' }, keys: ['v'], context: 'reader' },
  {
    id: 'sentence:previous',
    label: { en: 'Select the previous sentence', zh: '选中上一句' },
    keys: ['V'],
    context: 'reader',
  },
  { id: 'sentence:extend', label: { en: 'Select one sentence more', zh: '多选一句' }, keys: ['e'], context: 'reader' },
  { id: 'sentence:shrink', label: { en: 'Select one sentence less', zh: '少选一句' }, keys: ['E'], context: 'reader' },
  {
    id: 'script:toggle',
    label: { en: 'Traditional or Simplified characters', zh: '繁体 / 简体' },
    keys: ['s'],
    context: 'chinese',
  },
  { id: 'match:next', label: { en: 'Next match', zh: '下一处匹配' }, keys: ['Enter'], context: 'matches' },
  {
    id: 'match:previous',
    label: { en: 'Previous match', zh: '上一处匹配' },
    keys: ['Shift+Enter'],
    context: 'matches',
  },
  {
    id: 'match:close',
    label: { en: 'Stop marking the matches', zh: '取消标记匹配' },
    keys: ['Escape'],
    context: 'matches',
  },
  {
    id: 'selection:highlight',
    label: { en: 'Highlight the selected text', zh: '高亮所选文字' },
    keys: ['h'],
    context: 'selection',
  },
  {
    id: 'selection:note',
    label: { en: 'Highlight and add a note', zh: '高亮并添加笔记' },
    keys: ['n'],
    context: 'selection',
  },
  { id: 'term:search', label: { en: 'Search for the term', zh: '检索该术语' }, keys: ['Enter'], context: 'term' },
  {
    id: 'term:leave',
    label: { en: 'Back from the term to its paragraph', zh: '从术语回到段落' },
    keys: ['Escape'],
    context: 'term',
  },
  // Typing in the search box
  {
    id: 'search:first',
    label: { en: 'Open the first result', zh: '打开第一条结果' },
    keys: ['Enter'],
    context: 'search',
  },
  { id: 'search:clear', label: { en: 'Clear the search', zh: '清除检索' }, keys: ['Escape'], context: 'search' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];
type MenuCommandId = Extract<(typeof COMMANDS)[number], { menu: MenuGroup }>['id'];
/** The commands the desktop menu may send. */
export const MENU_COMMAND_IDS = COMMANDS.filter((c) => 'menu' in c).map((c) => c.id) as [
  MenuCommandId,
  ...MenuCommandId[],
];

export function commandById(id: CommandId): CommandSpec {
  return COMMANDS.find((c) => c.id === id)!;
}

/** What a key press is called in `keys`: what `KeyboardEvent.key` says, with `Mod+` and, for named keys, `Shift+`. */
export function keyName(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): string | null {
  if (event.altKey || ['Control', 'Meta', 'Shift', 'Alt'].includes(event.key)) return null;
  if (event.ctrlKey || event.metaKey)
    return `Mod+${event.shiftKey ? 'Shift+' : ''}${event.key.length === 1 ? event.key.toUpperCase() : event.key}`;
  return event.key.length > 1 && event.shiftKey ? `Shift+${event.key}` : event.key;
}

/** Pairs of commands that would both want a key in the same context: the registry must have none. */
export function keyConflicts(
  commands: readonly CommandSpec[] = COMMANDS,
): Array<{ key: string; a: string; b: string }> {
  const out: Array<{ key: string; a: string; b: string }> = [];
  commands.forEach((a, i) => {
    for (const b of commands.slice(i + 1)) {
      if (CONTEXT_RANK[a.context] !== CONTEXT_RANK[b.context]) continue;
      for (const key of a.keys) if ((b.keys as readonly string[]).includes(key)) out.push({ key, a: a.id, b: b.id });
    }
  });
  return out;
}

/** A key as a person reads it on the sheet and in the palette: Ctrl K (⌘ K on a Mac), Shift T, Esc. */
export function keyLabel(key: string, mac: boolean): string {
  const single =
    key.length === 1 && key !== key.toLowerCase() && key.toLowerCase() !== key.toUpperCase() ? `Shift ${key}` : key;
  return single
    .replace(/^Mod\+/, mac ? '⌘ ' : 'Ctrl ')
    .replace(/Shift\+/, 'Shift ')
    .replace(/\bEscape\b/, 'Esc');
}

/** The menu accelerator Electron understands, from the first `Mod+` key: `Mod+[` → `CmdOrCtrl+[`. */
export function accelerator(spec: CommandSpec): string | undefined {
  const key = spec.keys.find((k) => k.startsWith('Mod+'));
  return key?.replace(/^Mod\+/, 'CmdOrCtrl+');
}

/**
 * Commands whose name, in either language, holds every word of the query (case and spacing aside); the ones whose
 * name starts with it first. An empty query gives them all, in their order here.
 */
export function findCommands<C extends CommandSpec>(commands: readonly C[], query: string): C[] {
  const words = query.toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  const hay = (c: C) => `${c.label.en} ${c.label.zh} ${c.id}`.toLowerCase();
  const found = commands.filter((c) => words.every((w) => hay(c).includes(w)));
  const q = query.toLowerCase().trim();
  const starts = (c: C) => c.label.en.toLowerCase().startsWith(q) || c.label.zh.startsWith(q);
  return [...found.filter(starts), ...found.filter((c) => !starts(c))];
}
