/** The display widgets: type -> component, one entry per spec in src/stac-schema/widgets/displaySpecs.ts. */
import type { CategoryWidgets } from '../categoryWidgets';
import {
  AlertDialogWidget,
  CardWidget,
  ChipWidget,
  CircularProgressIndicatorWidget,
  DividerWidget,
  LinearProgressIndicatorWidget,
  ListTileWidget,
} from './displayWidgets';

export const displayWidgets: CategoryWidgets<'display'> = {
  card: CardWidget,
  chip: ChipWidget,
  listTile: ListTileWidget,
  divider: DividerWidget,
  linearProgressIndicator: LinearProgressIndicatorWidget,
  circularProgressIndicator: CircularProgressIndicatorWidget,
  alertDialog: AlertDialogWidget,
};
