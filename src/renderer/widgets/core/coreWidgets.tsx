/**
 * Widgets whose behaviour is renderer state rather than looks: `setValue` (variables for a subtree) and
 * `form` (collects fields by id). They sit under the built-in widgets in the default registry, so the
 * widgets module may replace them with styled versions that use the same scopes.
 */
import type { StacWidgetProps } from '../../contract';
import { StacChild } from '../../StacNodeView';
import { StacFormScope } from '../../StacFormScope';
import { StacVariableScope, variablesFromEntries } from '../../StacVariableScope';

export function SetValueWidget({ node, path }: StacWidgetProps) {
  return (
    <StacVariableScope values={variablesFromEntries(node.values)}>
      <StacChild node={node.child} path={`${path}.child`} />
    </StacVariableScope>
  );
}

export function FormWidget({ node, path }: StacWidgetProps) {
  return (
    <StacFormScope>
      <form
        className="stac-form"
        noValidate
        onSubmit={(event) => event.preventDefault()}
        style={{ display: 'contents' }}
      >
        <StacChild node={node.child} path={`${path}.child`} />
      </form>
    </StacFormScope>
  );
}
