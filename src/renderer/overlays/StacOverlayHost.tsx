import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { DialogRequest, HostServices, NavigateRequest, SnackBarRequest } from '../../actions';
import { useLatest } from '../view/useLatest';
import { ModalFrame } from './ModalFrame';
import { OverlayWidget } from './OverlayWidget';
import { SnackBarView } from './SnackBarView';
import { StacOverlayContext, type OverlayOrigin, type StacOverlayController } from './StacOverlayContext';

export interface StacOverlayHostProps {
  /**
   * The host's own services. Those given win (`openDialog`, `showSnackBar`, `notify`, `confirm`); `navigate`
   * is wrapped: widget pages and pops of open overlays are handled here, everything else goes to it.
   */
  services?: Partial<HostServices>;
  /** The document (or anything) that in-place pages replace while they are open. */
  children?: ReactNode;
}

interface DialogEntry {
  id: number;
  request: DialogRequest;
  origin: OverlayOrigin;
  /** A built-in dialog (confirm) renders React content instead of widget JSON. */
  element?: ReactNode;
  resolve(result: unknown): void;
}

interface PageEntry {
  id: number;
  widgetJson: unknown;
  origin: OverlayOrigin;
}

interface OverlayState {
  dialogs: DialogEntry[];
  pages: PageEntry[];
  snackBars: (SnackBarRequest & { id: number; origin: OverlayOrigin })[];
}

const NO_ORIGIN: OverlayOrigin = { store: null };

// A plugin looping over showDialog or showSnackBar must not bury the page; the actions fail visibly instead.
const MAX_OPEN_DIALOGS = 5;
const MAX_QUEUED_SNACK_BARS = 10;
const MAX_PAGES = 20;

const EMPTY_STATE: OverlayState = { dialogs: [], pages: [], snackBars: [] };

const backBarStyle: CSSProperties = { display: 'flex', alignItems: 'center', gap: 8, padding: '4px 0' };
const buttonStyle: CSSProperties = {
  border: '1px solid var(--stac-color-outline, #79747e)',
  borderRadius: 20,
  background: 'transparent',
  color: 'var(--stac-color-primary, #6750a4)',
  font: 'inherit',
  padding: '6px 16px',
  cursor: 'pointer',
};

/**
 * The UI side of plugin actions, inside a StacView: dialogs and bottom sheets (modal, focus-trapped), a
 * queue of snack bars (one at a time), and pages a `navigate` with `widgetJson` opens in place of the
 * document, with a Back control. Its services reach actions through `useStacOverlayServices()`.
 */
export function StacOverlayHost({ services, children }: StacOverlayHostProps) {
  const [state, setState] = useState<OverlayState>(EMPTY_STATE);
  // Services decide synchronously (a pop closes the top dialog if there is one), so they read this ref.
  const stateRef = useRef(state);
  const update = useCallback((change: (current: OverlayState) => OverlayState) => {
    stateRef.current = change(stateRef.current);
    setState(stateRef.current);
  }, []);
  const hostRef = useLatest(services);
  const nextId = useRef(0);

  const openModal = useCallback(
    (request: DialogRequest, origin: OverlayOrigin, element?: ReactNode) =>
      new Promise<unknown>((resolve, reject) => {
        if (stateRef.current.dialogs.length >= MAX_OPEN_DIALOGS) {
          reject(new Error(`${MAX_OPEN_DIALOGS} dialogs are already open; close one before opening another`));
          return;
        }
        const id = ++nextId.current;
        update((current) => ({
          ...current,
          dialogs: [...current.dialogs, { id, request, origin, element, resolve }],
        }));
      }),
    [update],
  );

  const closeDialog = useCallback(
    (id: number | 'top', result?: unknown) => {
      const dialogs = stateRef.current.dialogs;
      const entry = id === 'top' ? dialogs[dialogs.length - 1] : dialogs.find((dialog) => dialog.id === id);
      if (!entry) return false;
      update((current) => ({ ...current, dialogs: current.dialogs.filter((dialog) => dialog !== entry) }));
      entry.resolve(result);
      return true;
    },
    [update],
  );

  const showSnackBar = useCallback(
    (request: SnackBarRequest, origin: OverlayOrigin) => {
      if (stateRef.current.snackBars.length >= MAX_QUEUED_SNACK_BARS) {
        throw new Error(`${MAX_QUEUED_SNACK_BARS} snack bars are already waiting; show fewer at once`);
      }
      const id = ++nextId.current;
      update((current) => ({ ...current, snackBars: [...current.snackBars, { ...request, id, origin }] }));
    },
    [update],
  );

  const finishSnackBar = useCallback(
    (id: number) =>
      update((current) => ({ ...current, snackBars: current.snackBars.filter((bar) => bar.id !== id) })),
    [update],
  );

  const popPage = useCallback(
    (all: boolean) => {
      if (stateRef.current.pages.length === 0) return false;
      update((current) => ({ ...current, pages: all ? [] : current.pages.slice(0, -1) }));
      return true;
    },
    [update],
  );

  // Actions awaiting a dialog of a view that went away end instead of waiting forever.
  useEffect(
    () => () => {
      for (const dialog of stateRef.current.dialogs) dialog.resolve(undefined);
    },
    [],
  );

  const controller = useMemo<StacOverlayController>(() => {
    const navigate = (request: NavigateRequest, origin: OverlayOrigin): void | Promise<void> => {
      if (request.kind === 'pop') {
        if (request.all) {
          const hadOverlay = stateRef.current.dialogs.length > 0 || stateRef.current.pages.length > 0;
          while (closeDialog('top', request.result)) {
            // Closes every open dialog, top first.
          }
          popPage(true);
          if (hadOverlay) return;
        } else if (closeDialog('top', request.result) || popPage(false)) {
          return;
        }
        return hostRef.current?.navigate?.(request);
      }
      if (request.kind === 'widget') {
        // A page replaces what is on screen, dialogs included (they would otherwise hide it).
        while (closeDialog('top')) {
          // Closes every open dialog.
        }
        if (stateRef.current.pages.length >= MAX_PAGES && !request.clearStack && request.style === 'push') {
          throw new Error(`${MAX_PAGES} pages are already open; replace a page instead of pushing another`);
        }
        const id = ++nextId.current;
        update((current) => {
          const base = request.clearStack
            ? []
            : request.style === 'replace'
              ? current.pages.slice(0, -1)
              : current.pages;
          return { ...current, pages: [...base, { id, widgetJson: request.widgetJson, origin }] };
        });
        return;
      }
      const host = hostRef.current?.navigate;
      if (host) return host(request);
      if (request.kind === 'external') {
        window.open(request.url, '_blank', 'noopener,noreferrer');
        return;
      }
      throw new Error(`this view has no router, so it cannot open "${request.path}"`);
    };

    const servicesFor = (origin: OverlayOrigin): Partial<HostServices> => ({
      navigate: (request) => navigate(request, origin),
      openDialog: (request) => {
        const hostOpen = hostRef.current?.openDialog;
        return hostOpen ? hostOpen(request) : openModal(request, origin);
      },
      closeDialog: (result) => {
        if (!closeDialog('top', result)) hostRef.current?.closeDialog?.(result);
      },
      showSnackBar: (request) => {
        const hostShow = hostRef.current?.showSnackBar;
        if (hostShow) hostShow(request);
        else showSnackBar(request, origin);
      },
      notify: (message, options) => {
        const hostNotify = hostRef.current?.notify;
        if (hostNotify) hostNotify(message, options);
        else showSnackBar({ content: message }, NO_ORIGIN);
      },
      confirm: (message) => {
        const hostConfirm = hostRef.current?.confirm;
        if (hostConfirm) return hostConfirm(message);
        return openModal(
          { widget: null, kind: 'dialog', dismissible: true, label: 'Confirm' },
          NO_ORIGIN,
          <ConfirmContent message={message} onAnswer={(answer) => closeDialog('top', answer)} />,
        ).then((answer) => answer === true);
      },
    });
    // Each place in the tree gets its own services object, made once per scope store.
    const byStore = new WeakMap<object, Partial<HostServices>>();
    let withoutStore: Partial<HostServices> | null = null;
    return {
      servicesFor: (origin) => {
        if (origin.store === null) return (withoutStore ??= servicesFor(NO_ORIGIN));
        let services = byStore.get(origin.store);
        if (!services) {
          services = servicesFor(origin);
          byStore.set(origin.store, services);
        }
        return services;
      },
    };
    // Built once: every service reads the latest host services and state through refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { dialogs, pages, snackBars } = state;
  const topPage = pages[pages.length - 1];
  const covered = dialogs.length > 0;

  return (
    <StacOverlayContext.Provider value={controller}>
      <div
        data-stac-overlay-content=""
        hidden={topPage !== undefined}
        inert={covered || topPage !== undefined}
        style={{ display: topPage ? 'none' : 'contents' }}
      >
        {children}
      </div>
      {topPage ? (
        <section key={topPage.id} aria-label="Plugin page" data-stac-page="" inert={covered}>
          <div style={backBarStyle}>
            <button type="button" style={buttonStyle} onClick={() => popPage(false)}>
              ← Back
            </button>
          </div>
          <OverlayWidget
            widget={topPage.widgetJson}
            path={`page[${pages.length - 1}]`}
            store={topPage.origin.store}
          />
        </section>
      ) : null}
      {dialogs.map((dialog, index) => (
        <ModalFrame
          key={dialog.id}
          kind={dialog.request.kind}
          label={dialog.request.label}
          dismissible={dialog.request.dismissible ?? true}
          active={index === dialogs.length - 1}
          bare={dialog.element === undefined && bringsOwnSurface(dialog.request.widget)}
          onDismiss={() => closeDialog(dialog.id)}
        >
          {dialog.element ?? (
            <OverlayWidget
              widget={dialog.request.widget}
              path={`${dialog.request.kind}[${index}].widget`}
              store={dialog.origin.store}
            />
          )}
        </ModalFrame>
      ))}
      <SnackBarView current={snackBars[0] ?? null} onDone={finishSnackBar} />
    </StacOverlayContext.Provider>
  );
}

function bringsOwnSurface(widget: unknown): boolean {
  return (
    typeof widget === 'object' && widget !== null && (widget as { type?: unknown }).type === 'alertDialog'
  );
}

function ConfirmContent({ message, onAnswer }: { message: string; onAnswer(answer: boolean): void }) {
  return (
    <div>
      <p style={{ margin: '0 0 24px' }}>{message}</p>
      <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
        <button type="button" style={buttonStyle} onClick={() => onAnswer(false)}>
          Cancel
        </button>
        <button type="button" style={buttonStyle} onClick={() => onAnswer(true)}>
          OK
        </button>
      </div>
    </div>
  );
}
