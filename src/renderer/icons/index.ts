export { MaterialIcon } from './MaterialIcon';
export type { MaterialIconProps } from './MaterialIcon';
export { resolveIconName } from './resolveIconName';
export { CUPERTINO_TO_MATERIAL } from './cupertinoIcons';
export type { IconReference } from './resolveIconName';
export { loadIcon, lookupIcon, configureIcons, ICON_FOLDER } from './iconData';
export type { IconShape, IconLookup, IconSourceOptions } from './iconData';
export { ICON_STYLES } from './iconStyles';
export type { IconStyle } from './iconStyles';
