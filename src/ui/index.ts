export { Icon, APP_ICONS, type AppIconName, type IconProps } from './Icon';
export { ToastProvider, useToast, type NotifyFunction, type ToastTone } from './ToastProvider';
export {
  ConfirmProvider,
  useConfirm,
  type ConfirmFunction,
  type ConfirmRequest,
  type ConfirmResult,
} from './ConfirmProvider';
export { Skeleton, type SkeletonProps } from './Skeleton';
export { StatusMessage, type StatusMessageProps } from './StatusMessage';
export { usePageTitle, APP_NAME } from './usePageTitle';
export { Switch, type SwitchProps } from './Switch';
