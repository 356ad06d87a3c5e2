import type { Meta, StoryObj } from '@storybook/react-vite';
import { WidgetExample } from '../support/WidgetExample';
import { widgetArgs } from '../support/widgetArgs';

const meta = {
  title: 'Widgets/Inputs',
  component: WidgetExample,
  tags: ['widget'],
} satisfies Meta<typeof WidgetExample>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Autocomplete: Story = { name: 'autocomplete', args: widgetArgs('autocomplete') };
export const CheckBox: Story = { name: 'checkBox', args: widgetArgs('checkBox') };
export const DropdownMenu: Story = { name: 'dropdownMenu', args: widgetArgs('dropdownMenu') };
export const Form: Story = { name: 'form', args: widgetArgs('form') };
export const Radio: Story = { name: 'radio', args: widgetArgs('radio') };
export const RadioGroup: Story = { name: 'radioGroup', args: widgetArgs('radioGroup') };
export const Slider: Story = { name: 'slider', args: widgetArgs('slider') };
export const Switch: Story = { name: 'switch', args: widgetArgs('switch') };
export const TextField: Story = { name: 'textField', args: widgetArgs('textField') };
export const TextFormField: Story = { name: 'textFormField', args: widgetArgs('textFormField') };
