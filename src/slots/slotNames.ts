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

/**
 * The slots the real Invenicum app renders (lib/core/utils/constants.dart; StacSlot in
 * lib/screens/home/dashboard_screen.dart, lib/widgets/layout/main_layout.dart and sidebar_layout.dart). It
 * has no `asset_detail` and declares `floating_action_button` without rendering it; our pages show all four.
 */
export const INVENICUM_APP_SLOTS = [
  'dashboard_top',
  'dashboard_bottom',
  'inventory_header',
  'left_sidebar',
] as const;
