import { createContext, useContext, useLayoutEffect, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { CommandId } from '../../core/commands/commands';
import { CommandHandlers, type Handler } from './handlers';

const Context = createContext<CommandHandlers | null>(null);

export function CommandsProvider({ handlers, children }: { handlers: CommandHandlers; children: ReactNode }) {
  return <Context.Provider value={handlers}>{children}</Context.Provider>;
}

export function useCommandHandlers(): CommandHandlers {
  const handlers = useContext(Context);
  if (!handlers) throw new Error('useCommandHandlers outside CommandsProvider');
  return handlers;
}

/**
 * What a command does while this component is shown. `run` and `available` may change on every render: the latest
 * are used, without registering again. Registered before paint, so a key pressed as soon as a view shows is not lost.
 */
export function useCommand(id: CommandId, run: Handler['run'], available?: Handler['available']): void {
  const handlers = useCommandHandlers();
  const latest = useRef({ run, available });
  useLayoutEffect(() => {
    latest.current = { run, available };
  });
  useLayoutEffect(
    () =>
      handlers.register(id, {
        run: (event) => latest.current.run(event),
        available: (event) => latest.current.available?.(event) ?? true,
      }),
    [handlers, id],
  );
}

/** Re-renders when commands come or go. */
export function useCommandsVersion(): number {
  const handlers = useCommandHandlers();
  return useSyncExternalStore(handlers.subscribe, handlers.snapshot);
}

/** The one keyboard listener: every shortcut of the program goes through it. */
export function useKeyboardCommands(): void {
  const handlers = useCommandHandlers();
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      handlers.handleKey(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [handlers]);
}
