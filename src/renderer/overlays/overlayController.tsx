import type { HostServices, NavigateRequest } from '../../actions';
import { ConfirmContent } from './ConfirmContent';
import type { OverlayOrigin, StacOverlayController } from './StacOverlayContext';
import { NO_ORIGIN, type OverlayStack } from './overlayStack';

/**
 * The services actions get inside a StacOverlayHost: the host's own win where given (`openDialog`,
 * `showSnackBar`, `notify`, `confirm`); `navigate` opens widget pages and pops open overlays here and hands
 * everything else to the host. Built once; it reads the latest host services through `hostServices` when an
 * action runs.
 */
export function createOverlayController(
  stack: OverlayStack,
  hostServices: () => Partial<HostServices> | undefined,
): StacOverlayController {
  const navigate = (request: NavigateRequest, origin: OverlayOrigin): void | Promise<void> => {
    if (request.kind === 'pop') {
      if (request.all) {
        const hadOverlay = stack.hasOverlay();
        while (stack.closeDialog('top', request.result)) {
          // Closes every open dialog, top first.
        }
        stack.popPage(true);
        if (hadOverlay) return;
      } else if (stack.closeDialog('top', request.result) || stack.popPage(false)) {
        return;
      }
      return hostServices()?.navigate?.(request);
    }
    if (request.kind === 'widget') {
      // A page replaces what is on screen, dialogs included (they would otherwise hide it).
      while (stack.closeDialog('top')) {
        // Closes every open dialog.
      }
      stack.pushPage(request, origin);
      return;
    }
    const host = hostServices()?.navigate;
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
      const hostOpen = hostServices()?.openDialog;
      return hostOpen ? hostOpen(request) : stack.openModal(request, origin);
    },
    closeDialog: (result) => {
      if (!stack.closeDialog('top', result)) hostServices()?.closeDialog?.(result);
    },
    showSnackBar: (request) => {
      const hostShow = hostServices()?.showSnackBar;
      if (hostShow) hostShow(request);
      else stack.showSnackBar(request, origin);
    },
    notify: (message, options) => {
      const hostNotify = hostServices()?.notify;
      if (hostNotify) hostNotify(message, options);
      else stack.showSnackBar({ content: message }, NO_ORIGIN);
    },
    confirm: (message) => {
      const hostConfirm = hostServices()?.confirm;
      if (hostConfirm) return hostConfirm(message);
      return stack
        .openModal(
          { widget: null, kind: 'dialog', dismissible: true, label: 'Confirm' },
          NO_ORIGIN,
          <ConfirmContent message={message} onAnswer={(answer) => stack.closeDialog('top', answer)} />,
        )
        .then((answer) => answer === true);
    },
  });
  // Each place in the tree gets its own services object, made once per scope store (the table only once an
  // action asks: most views never run one).
  let byStore: WeakMap<object, Partial<HostServices>> | null = null;
  let withoutStore: Partial<HostServices> | null = null;
  return {
    servicesFor: (origin) => {
      if (origin.store === null) return (withoutStore ??= servicesFor(NO_ORIGIN));
      byStore ??= new WeakMap();
      let services = byStore.get(origin.store);
      if (!services) {
        services = servicesFor(origin);
        byStore.set(origin.store, services);
      }
      return services;
    },
  };
}
