/** Folders of @material-design-icons/svg, one per Material icon style. */
export const ICON_STYLES = ['filled', 'outlined', 'round', 'sharp', 'two-tone'] as const;

export type IconStyle = (typeof ICON_STYLES)[number];
