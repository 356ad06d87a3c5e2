import type { CSSProperties } from 'react';
import add from '@material-design-icons/svg/outlined/add.svg';
import arrowBack from '@material-design-icons/svg/outlined/arrow_back.svg';
import checkCircle from '@material-design-icons/svg/outlined/check_circle.svg';
import close from '@material-design-icons/svg/outlined/close.svg';
import darkMode from '@material-design-icons/svg/outlined/dark_mode.svg';
import dashboard from '@material-design-icons/svg/outlined/dashboard.svg';
import deleteIcon from '@material-design-icons/svg/outlined/delete.svg';
import download from '@material-design-icons/svg/outlined/download.svg';
import edit from '@material-design-icons/svg/outlined/edit.svg';
import error from '@material-design-icons/svg/outlined/error.svg';
import extension from '@material-design-icons/svg/outlined/extension.svg';
import info from '@material-design-icons/svg/outlined/info.svg';
import inventory from '@material-design-icons/svg/outlined/inventory_2.svg';
import lightMode from '@material-design-icons/svg/outlined/light_mode.svg';
import link from '@material-design-icons/svg/outlined/link.svg';
import logout from '@material-design-icons/svg/outlined/logout.svg';
import openInNew from '@material-design-icons/svg/outlined/open_in_new.svg';
import pauseCircle from '@material-design-icons/svg/outlined/pause_circle.svg';
import person from '@material-design-icons/svg/outlined/person.svg';
import playArrow from '@material-design-icons/svg/outlined/play_arrow.svg';
import refresh from '@material-design-icons/svg/outlined/refresh.svg';
import schedule from '@material-design-icons/svg/outlined/schedule.svg';
import search from '@material-design-icons/svg/outlined/search.svg';
import settings from '@material-design-icons/svg/outlined/settings.svg';
import shield from '@material-design-icons/svg/outlined/shield.svg';
import stop from '@material-design-icons/svg/outlined/stop.svg';
import storefront from '@material-design-icons/svg/outlined/storefront.svg';
import update from '@material-design-icons/svg/outlined/update.svg';
import upload from '@material-design-icons/svg/outlined/upload.svg';
import verified from '@material-design-icons/svg/outlined/verified.svg';
import visibility from '@material-design-icons/svg/outlined/visibility.svg';
import warning from '@material-design-icons/svg/outlined/warning.svg';

/** The app's own icons (Material Symbols, Apache-2.0), drawn as a CSS mask so they take `currentColor`. */
export const APP_ICONS = {
  add,
  arrowBack,
  checkCircle,
  close,
  darkMode,
  dashboard,
  delete: deleteIcon,
  download,
  edit,
  error,
  extension,
  info,
  inventory,
  lightMode,
  link,
  logout,
  openInNew,
  pauseCircle,
  person,
  playArrow,
  refresh,
  schedule,
  search,
  settings,
  shield,
  stop,
  storefront,
  update,
  upload,
  verified,
  visibility,
  warning,
} as const;

export type AppIconName = keyof typeof APP_ICONS;

export interface IconProps {
  name: AppIconName;
  size?: number;
  className?: string;
}

/** A decorative icon: always paired with visible text or an aria-label on its control. */
export function Icon({ name, size = 20, className }: IconProps) {
  const url = `url("${APP_ICONS[name]}")`;
  const style: CSSProperties = {
    width: size,
    height: size,
    WebkitMaskImage: url,
    maskImage: url,
  };
  return (
    <span aria-hidden="true" className={className ? `app-icon ${className}` : 'app-icon'} style={style} />
  );
}
