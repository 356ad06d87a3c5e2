import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useInstalledPlugins } from '../api-client';
import { actionPlace, commandScope, commandsFor } from '../plugin-host';
import type { CommandPlace } from '../stac-schema';
import { MaterialIcon } from '../renderer';
import { Icon } from '../ui';
import { hostingPlugin, useRunPluginAction } from './PluginActionHost';
import type { SlotPlugin } from './hostedPlugin';
import { usePluginSlotHost } from './PluginSlotProvider';
import { useRunServerCommand } from './useRunServerCommand';

export interface PluginCommandMenuProps {
  /** The host menu: `asset_actions` (an asset's page) or `dashboard`. */
  where: CommandPlace;
  /** What the commands act on, e.g. `{ asset }`; each plugin receives only what it is granted. */
  context?: Record<string, unknown>;
  /** The menu button's text. */
  label?: string;
}

/**
 * A host menu with the commands active plugins add to it (`commands` in their manifest). A menu button
 * (Enter, Space or ArrowDown opens it on the first entry; ArrowUp/ArrowDown/Home/End move; Escape closes
 * and gives focus back); choosing an entry runs the command's action with the menu's context: in the page, or
 * on the server when it calls a host method or makes a request (its summary then shows as a notice).
 * Renders nothing when no plugin adds an entry, or in safe mode.
 */
export function PluginCommandMenu({ where, context, label = 'Plugin actions' }: PluginCommandMenuProps) {
  const host = usePluginSlotHost();
  const installed = useInstalledPlugins({ enabled: !host.safeMode && host.user !== null });
  const runAction = useRunPluginAction();
  const runOnServer = useRunServerCommand();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();
  const entries = useMemo(
    () => commandsFor(where, ((installed.data ?? []) as SlotPlugin[]).map(hostingPlugin)),
    [where, installed.data],
  );
  // Which entry takes the focus once the menu is open: moved in the commit that draws the items, so a key
  // pressed right after a click already reaches the menu.
  const [openFocus, setOpenFocus] = useState(0);
  useLayoutEffect(() => {
    if (open) itemRefs.current[openFocus]?.focus();
  }, [open, openFocus]);
  if (host.safeMode || entries.length === 0) return null;

  const focusItem = (index: number) => {
    const count = entries.length;
    itemRefs.current[((index % count) + count) % count]?.focus();
  };
  const openAt = (index: number) => {
    setOpenFocus(((index % entries.length) + entries.length) % entries.length);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(entries.length - 1);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    const current = itemRefs.current.findIndex((item) => item === document.activeElement);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: entries.length - 1,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className="plugin-command-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button button--tonal"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? setOpen(false) : openAt(0))}
        onKeyDown={onButtonKey}
      >
        <Icon name="extension" /> {label}
      </button>
      {open ? (
        <ul
          id={menuId}
          role="menu"
          aria-label={label}
          className="plugin-command-menu__list"
          onKeyDown={onMenuKey}
        >
          {entries.map((entry, index) => (
            <li key={entry.key} role="none">
              <button
                ref={(element) => {
                  itemRefs.current[index] = element;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                className="plugin-command-menu__item"
                onClick={() => {
                  close();
                  // A host method or a request needs the server's job runner; the rest runs in the page.
                  if (actionPlace(entry.command.action) === 'server') {
                    void runOnServer(entry, context ?? {});
                    return;
                  }
                  runAction({
                    plugin: entry.plugin.record,
                    action: entry.command.action,
                    context: commandScope(entry, context ?? {}),
                    label: entry.command.title,
                  });
                }}
              >
                {entry.command.icon ? <MaterialIcon name={entry.command.icon} size={20} /> : null}
                <span>{entry.command.title}</span>
                <span className="plugin-command-menu__source">{entry.plugin.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
