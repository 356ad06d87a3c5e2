/** Slots of Invenicum's plugin API plus those of the real app; a host may render any other name too. */
export const APP_SLOT_NAMES = [
  'dashboard_top',
  'dashboard_bottom',
  'asset_detail',
  'left_sidebar',
  'inventory_header',
  'floating_action_button',
] as const;

export type AppSlotName = (typeof APP_SLOT_NAMES)[number];
