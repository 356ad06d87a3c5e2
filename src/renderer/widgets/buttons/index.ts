/** The buttons widgets: type -> component, one entry per spec in src/stac-schema/widgets/buttonsSpecs.ts. */
import type { CategoryWidgets } from '../categoryWidgets';
import {
  ElevatedButtonWidget,
  FilledButtonWidget,
  FloatingActionButtonWidget,
  GestureDetectorWidget,
  IconButtonWidget,
  InkWellWidget,
  OutlinedButtonWidget,
  SimpleButtonWidget,
  TextButtonWidget,
} from './buttonWidgets';

export const buttonsWidgets: CategoryWidgets<'buttons'> = {
  elevatedButton: ElevatedButtonWidget,
  filledButton: FilledButtonWidget,
  outlinedButton: OutlinedButtonWidget,
  textButton: TextButtonWidget,
  iconButton: IconButtonWidget,
  floatingActionButton: FloatingActionButtonWidget,
  button: SimpleButtonWidget,
  inkWell: InkWellWidget,
  gestureDetector: GestureDetectorWidget,
};
