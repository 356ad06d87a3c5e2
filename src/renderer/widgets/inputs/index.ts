/** The inputs widgets: type -> component, one entry per spec in src/stac-schema/widgets/inputsSpecs.ts. */
import type { CategoryWidgets } from '../categoryWidgets';
import {
  AutocompleteWidget,
  CheckBoxWidget,
  DropdownMenuWidget,
  RadioGroupWidget,
  RadioWidget,
  SliderWidget,
  SwitchWidget,
  TextFieldWidget,
  TextFormFieldWidget,
} from './inputWidgets';

export const inputsWidgets: CategoryWidgets<'inputs'> = {
  textField: TextFieldWidget,
  textFormField: TextFormFieldWidget,
  checkBox: CheckBoxWidget,
  switch: SwitchWidget,
  slider: SliderWidget,
  radioGroup: RadioGroupWidget,
  radio: RadioWidget,
  dropdownMenu: DropdownMenuWidget,
  autocomplete: AutocompleteWidget,
};
