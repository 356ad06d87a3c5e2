import type { IconStyle } from './iconStyles';

export interface IconReference {
  style: IconStyle;
  /** File name in @material-design-icons/svg, without `.svg`. */
  file: string;
}

const STYLE_SUFFIXES: ReadonlyArray<readonly [string, IconStyle]> = [
  ['_outlined', 'outlined'],
  ['_rounded', 'round'],
  ['_sharp', 'sharp'],
];

const UNITS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const SMALL: Readonly<Record<string, number>> = {
  ...UNITS,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, sixty: 60 };
// Units the icon files glue to the number (`10k`, `30fps`); others keep the underscore (`6_ft_apart`).
const GLUED_UNITS = new Set(['k', 'mp', 'p', 'g', 'x', 'fps']);

/** Flutter's spelled-out names for icons whose file name starts with a digit (`ten_k` -> `10k`). */
function spelledNumberToFile(name: string): string | null {
  if (name === 'onetwothree') return '123';
  if (name === 'three_sixty') return '360';
  if (name.startsWith('threed_')) return `3d_${name.slice('threed_'.length)}`;
  const tokens = name.split('_');
  let value: number | undefined;
  let used = 0;
  if (TENS[tokens[0]] !== undefined) {
    value = TENS[tokens[0]];
    used = 1;
    if (UNITS[tokens[1]] !== undefined) {
      value += UNITS[tokens[1]];
      used = 2;
    }
  } else if (SMALL[tokens[0]] !== undefined) {
    value = SMALL[tokens[0]];
    used = 1;
  }
  if (value === undefined || used >= tokens.length) return null;
  const rest = tokens.slice(used);
  return `${value}${GLUED_UNITS.has(rest[0]) ? '' : '_'}${rest.join('_')}`;
}

/** Flutter names that are another glyph (or style) in the icon set. */
const FLUTTER_ALIASES: Readonly<Record<string, IconReference>> = {
  favorite_outline: { style: 'filled', file: 'favorite_border' },
  star_outline: { style: 'filled', file: 'star_border' },
  bookmark_outline: { style: 'filled', file: 'bookmark_border' },
  info_outline: { style: 'outlined', file: 'info' },
  lock_outline: { style: 'outlined', file: 'lock' },
};

/**
 * Cupertino icon names (`iconType: cupertino`) drawn with their closest Material glyph, so that a plugin
 * written for iOS looks right without shipping Apple's font.
 */
export const CUPERTINO_TO_MATERIAL: Readonly<Record<string, string>> = {
  home: 'home',
  house: 'home',
  house_fill: 'home',
  search: 'search',
  person: 'person_outline',
  person_fill: 'person',
  person_solid: 'person',
  person_circle: 'account_circle',
  profile_circled: 'account_circle',
  person_2: 'group',
  settings: 'settings',
  gear: 'settings',
  heart: 'favorite_border',
  heart_fill: 'favorite',
  heart_solid: 'favorite',
  star: 'star_border',
  star_fill: 'star',
  add: 'add',
  plus: 'add',
  add_circled: 'add_circle_outline',
  add_circled_solid: 'add_circle',
  minus: 'remove',
  minus_circled: 'remove_circle_outline',
  delete: 'delete_outline',
  delete_solid: 'delete',
  trash: 'delete_outline',
  trash_fill: 'delete',
  pencil: 'edit',
  pen: 'edit',
  info: 'info_outline',
  info_circle: 'info_outline',
  info_circle_fill: 'info',
  bell: 'notifications_none',
  bell_fill: 'notifications',
  bell_solid: 'notifications',
  mail: 'mail_outline',
  mail_solid: 'mail',
  envelope: 'mail_outline',
  phone: 'phone',
  phone_solid: 'phone',
  phone_fill: 'phone',
  camera: 'photo_camera',
  camera_fill: 'photo_camera',
  photo: 'image',
  back: 'arrow_back_ios',
  forward: 'arrow_forward_ios',
  left_chevron: 'chevron_left',
  right_chevron: 'chevron_right',
  chevron_left: 'chevron_left',
  chevron_right: 'chevron_right',
  chevron_up: 'expand_less',
  chevron_down: 'expand_more',
  arrow_left: 'arrow_back',
  arrow_right: 'arrow_forward',
  arrow_up: 'arrow_upward',
  arrow_down: 'arrow_downward',
  clear: 'close',
  xmark: 'close',
  clear_circled: 'cancel',
  clear_circled_solid: 'cancel',
  xmark_circle_fill: 'cancel',
  check_mark: 'check',
  checkmark: 'check',
  checkmark_alt: 'check',
  checkmark_circle: 'check_circle_outline',
  checkmark_circle_fill: 'check_circle',
  ellipsis: 'more_horiz',
  ellipsis_vertical: 'more_vert',
  share: 'ios_share',
  cart: 'shopping_cart',
  cart_fill: 'shopping_cart',
  calendar: 'calendar_today',
  clock: 'schedule',
  time: 'schedule',
  location: 'location_on',
  location_solid: 'location_on',
  lock: 'lock_outline',
  lock_fill: 'lock',
  eye: 'visibility',
  eye_fill: 'visibility',
  eye_slash: 'visibility_off',
  refresh: 'refresh',
  bars: 'menu',
  line_horizontal_3: 'menu',
  slider_horizontal_3: 'tune',
  textbox: 'text_fields',
  text_quote: 'format_quote',
  hand_draw: 'gesture',
  app: 'crop_square',
  app_fill: 'apps',
  square_grid_2x2: 'grid_view',
  cloud: 'cloud_queue',
  cloud_download: 'cloud_download',
  cloud_upload: 'cloud_upload',
  download_circle: 'download',
  folder: 'folder_open',
  folder_fill: 'folder',
  doc: 'description',
  doc_text: 'description',
  paperplane: 'send',
  paperplane_fill: 'send',
  chat_bubble: 'chat_bubble_outline',
  chat_bubble_fill: 'chat_bubble',
  bookmark: 'bookmark_border',
  bookmark_fill: 'bookmark',
  tag: 'local_offer',
  tag_fill: 'local_offer',
  globe: 'language',
  link: 'link',
  play: 'play_arrow',
  play_fill: 'play_arrow',
  pause: 'pause',
  pause_fill: 'pause',
  question: 'help_outline',
  question_circle: 'help_outline',
  exclamationmark_triangle: 'warning_amber',
  power: 'power_settings_new',
  square_arrow_right: 'logout',
  creditcard: 'credit_card',
  money_dollar: 'attach_money',
  barcode: 'qr_code',
  qrcode: 'qr_code',
  cube_box: 'inventory_2',
  archivebox: 'archive',
  wifi: 'wifi',
  flag: 'flag',
  map: 'map',
  car: 'directions_car',
};

/**
 * Where a Flutter icon name is drawn from: `_outlined`, `_rounded` and `_sharp` pick the style folder, the
 * rest of the name the file. Returns null for a Cupertino name with no Material counterpart.
 */
export function resolveIconName(name: string, iconType: unknown = 'material'): IconReference | null {
  let base = name.trim();
  if (iconType === 'cupertino') {
    const material = Object.hasOwn(CUPERTINO_TO_MATERIAL, base) ? CUPERTINO_TO_MATERIAL[base] : undefined;
    return material ? resolveIconName(material) : null;
  }
  let style: IconStyle = 'filled';
  for (const [suffix, suffixStyle] of STYLE_SUFFIXES) {
    if (base.endsWith(suffix)) {
      style = suffixStyle;
      base = base.slice(0, -suffix.length);
      break;
    }
  }
  const alias = Object.hasOwn(FLUTTER_ALIASES, base) ? FLUTTER_ALIASES[base] : undefined;
  if (alias) return style === 'filled' ? alias : { style, file: alias.file };
  return { style, file: spelledNumberToFile(base) ?? base };
}
