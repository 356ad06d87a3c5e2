/** A document that cannot render: reports why, and in preview shows the (replaceable) document error view. */
import { useEffect, useMemo, type ComponentType } from 'react';
import type { ParseStacResult } from '../../stac-schema';
import type { StacRenderMode } from '../contract';
import type { StacDocumentErrorProps } from './StacViews';
import type { ReportProblem } from './problemReporter';
import { documentFailureProblems } from './problemReports';

export function DocumentProblems({
  issues,
  mode,
  report,
  serverRendering,
  View,
}: {
  issues: ParseStacResult['issues'];
  mode: StacRenderMode;
  report: ReportProblem;
  serverRendering: boolean;
  View: ComponentType<StacDocumentErrorProps>;
}) {
  const problems = useMemo(() => documentFailureProblems(issues), [issues]);
  useEffect(() => {
    for (const problem of problems) report(problem);
  }, [problems, report]);
  if (serverRendering) for (const problem of problems) report(problem);
  if (mode !== 'preview') return null;
  return <View problems={problems} />;
}
