import { COMMANDS, CONTEXT_RANK, FIELD_CONTEXTS, keyName, type CommandId } from '../../core/commands/commands';

/** What a command does on this page, and whether it can now (for a key press, given the event). */
export interface Handler {
  readonly run: (event: KeyboardEvent | null) => void;
  readonly available?: (event: KeyboardEvent | null) => boolean;
}

/** Whether a key press was made while typing in a field, where plain keys belong to the field. */
function typing(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/**
 * The page's handlers for the registry's commands: the views register what they can do while they are shown, and
 * one keyboard listener, the palette and the desktop menu run them. Plain functions over a map, tested in Node.
 */
export class CommandHandlers {
  private readonly handlers = new Map<CommandId, Handler[]>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  /** Adds a handler; the latest registered for a command is asked first. Returns the way to take it back. */
  register(id: CommandId, handler: Handler): () => void {
    this.handlers.set(id, [handler, ...(this.handlers.get(id) ?? [])]);
    this.changed();
    return () => {
      this.handlers.set(
        id,
        (this.handlers.get(id) ?? []).filter((h) => h !== handler),
      );
      this.changed();
    };
  }

  private handlerFor(id: CommandId, event: KeyboardEvent | null): Handler | null {
    return (this.handlers.get(id) ?? []).find((h) => h.available?.(event) ?? true) ?? null;
  }

  /** Whether the command can run now. */
  available(id: CommandId, event: KeyboardEvent | null = null): boolean {
    return this.handlerFor(id, event) !== null;
  }

  /** Runs the command if it can; says whether it did. */
  run(id: CommandId, event: KeyboardEvent | null = null): boolean {
    const handler = this.handlerFor(id, event);
    if (!handler) return false;
    handler.run(event);
    return true;
  }

  /**
   * The command a key press asks for: of those with the key whose handler can run, the most specific context's. In
   * a field only commands with a `Mod+` key, and the field's own, hear it.
   */
  commandFor(event: KeyboardEvent): CommandId | null {
    if (event.defaultPrevented) return null;
    const key = keyName(event);
    if (key === null) return null;
    const inField = typing(event);
    const candidates = COMMANDS.filter((c) => (c.keys as readonly string[]).includes(key))
      .filter((c) => FIELD_CONTEXTS.has(c.context) === inField || (inField && key.startsWith('Mod+')))
      .sort((a, b) => CONTEXT_RANK[b.context] - CONTEXT_RANK[a.context]);
    return candidates.find((c) => this.available(c.id, event))?.id ?? null;
  }

  /** Handles a key press: runs its command and keeps the browser from doing anything else with it. */
  handleKey(event: KeyboardEvent): boolean {
    const id = this.commandFor(event);
    if (id === null) return false;
    event.preventDefault();
    return this.run(id, event);
  }

  /** For React: changes whenever a handler comes or goes (what the palette lists). */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  snapshot = (): number => this.version;

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }
}
