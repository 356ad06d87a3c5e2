export { PluginSlot, type PluginSlotProps } from './PluginSlot';
export { PluginStartupNotices } from './PluginStartupNotices';
export { PluginActionHost, useRunPluginAction, type PluginActionRequest } from './PluginActionHost';
export { PluginCommandMenu, type PluginCommandMenuProps } from './PluginCommandMenu';
export { usePluginEvents, type RaiseHostEvent, type RaisedHostEvent } from './usePluginEvents';
export { usePluginInstalledEvent, type InstalledPluginFacts } from './usePluginInstalledEvent';
export { InstalledPluginView, type InstalledPluginViewProps } from './InstalledPluginView';
export { hostScope } from './hostScope';
export { hostPlugin, dependencyNodes, type SlotPlugin, type HostedPlugin } from './hostedPlugin';
export {
  PluginSlotProvider,
  usePluginSlotHost,
  isSafeModeSearch,
  type PluginSlotHost,
  type PluginSlotProviderProps,
  type PluginSlotViews,
} from './PluginSlotProvider';
export type { SlotPluginSource, InstalledListState, PluginSwitch } from './slotPluginSource';
export { PluginErrorBoundary, type PluginErrorBoundaryProps } from './PluginErrorBoundary';
export { PluginFailureNotice, type PluginFailureNoticeProps } from './PluginFailureNotice';
export { createSameOriginFetch, CrossOriginRequestError } from './createSameOriginFetch';
export { writeClipboard } from './writeClipboard';
export { APP_SLOT_NAMES, INVENICUM_APP_SLOTS, type AppSlotName } from './slotNames';
