/**
 * Small widgets for renderer-core tests: they exercise the registry contract without depending on the
 * look of the built-in widget set.
 */
import type { StacWidgetProps } from '../../src/renderer/contract';
import { StacChild, StacChildren } from '../../src/renderer/StacNodeView';
import { useStacDispatch } from '../../src/renderer/useStacDispatch';
import { useFormField } from '../../src/renderer/StacFormScope';
import { useStacTheme } from '../../src/renderer/useStacTheme';

export function TestColumn({ node, path }: StacWidgetProps) {
  return (
    <div data-testid={typeof node.testId === 'string' ? node.testId : undefined}>
      <StacChildren nodes={node.children} path={`${path}.children`} />
    </div>
  );
}

export function TestText({ node }: StacWidgetProps) {
  return <span>{String(node.data ?? '')}</span>;
}

export function TestButton({ node, path }: StacWidgetProps) {
  const dispatch = useStacDispatch();
  return (
    <button type="button" onClick={() => dispatch(node.onPressed, `${path}.onPressed`)}>
      <StacChild node={node.child} path={`${path}.child`} />
    </button>
  );
}

export function TestTextField({ node }: StacWidgetProps) {
  const id = typeof node.id === 'string' ? node.id : undefined;
  const [value, setValue, error] = useFormField<string>(
    id,
    typeof node.initialValue === 'string' ? node.initialValue : '',
    {
      rules: node.validatorRules,
      autovalidateMode: node.autovalidateMode,
    },
  );
  const label = typeof node.hintText === 'string' ? node.hintText : (id ?? 'field');
  return (
    <label>
      {label}
      <input aria-label={label} value={value} onChange={(event) => setValue(event.target.value)} />
      {error ? <span role="alert">{error}</span> : null}
    </label>
  );
}

export function Explode({ node }: StacWidgetProps): never {
  throw new Error(`boom from ${String(node.label ?? 'widget')}`);
}

export function ThemeProbe() {
  const theme = useStacTheme();
  return <span data-testid="theme-probe">{theme.brightness}</span>;
}
