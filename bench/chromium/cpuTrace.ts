/**
 * Reads a Chromium trace of the marked first renders (bench/shop/markedFirstRenders.ts): each render's task
 * on the page's main thread by its thread time (CPU), split into style (`UpdateLayoutTree`), layout and the
 * rest, and the medians of the per-round ratios stac-web / json-render of each part.
 */
import { CPU_SCENARIOS, MARK_PREFIX } from '../shop/markedFirstRenders';
import { median } from '../shop/sideBySide';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/** The trace categories the analysis needs: top-level tasks, style and layout, and the marks. */
export const CPU_TRACE_CATEGORIES = 'toplevel,devtools.timeline,blink.user_timing';

interface RenderCpu {
  total: number;
  style: number;
  layout: number;
}

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);
const cpuOf = (event: TraceEvent) => (event.tdur ?? event.dur ?? 0) / 1000;

function rendersOf(events: readonly TraceEvent[]): Map<string, RenderCpu> {
  const threadEvents = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X') continue;
    if (!TASKS.has(event.name) && event.name !== 'UpdateLayoutTree' && event.name !== 'Layout') continue;
    const key = `${event.pid}:${event.tid}`;
    let list = threadEvents.get(key);
    if (!list) threadEvents.set(key, (list = []));
    list.push(event);
  }
  const renders = new Map<string, RenderCpu>();
  for (const mark of events) {
    if (!mark.name.startsWith(MARK_PREFIX) || mark.ph === 'X') continue;
    const thread = threadEvents.get(`${mark.pid}:${mark.tid}`) ?? [];
    // The outermost task around the mark is the render's task.
    let task: TraceEvent | undefined;
    for (const event of thread) {
      const inside = TASKS.has(event.name) && event.ts <= mark.ts && mark.ts <= event.ts + (event.dur ?? 0);
      if (inside && (!task || (event.dur ?? 0) > (task.dur ?? 0))) task = event;
    }
    if (!task) continue;
    const end = task.ts + (task.dur ?? 0);
    let style = 0;
    let layout = 0;
    for (const event of thread) {
      if (event.ts < task.ts || event.ts > end) continue;
      if (event.name === 'UpdateLayoutTree') style += cpuOf(event);
      else if (event.name === 'Layout') layout += cpuOf(event);
    }
    renders.set(mark.name.slice(MARK_PREFIX.length), { total: cpuOf(task), style, layout });
  }
  return renders;
}

const PARTS = {
  total: (cpu: RenderCpu) => cpu.total,
  style: (cpu: RenderCpu) => cpu.style,
  layout: (cpu: RenderCpu) => cpu.layout,
  rest: (cpu: RenderCpu) => cpu.total - cpu.style - cpu.layout,
} as const;

/** One line per size and scenario: each part's median ms per renderer and the median per-round ratio. */
export function formatCpuTrace(events: readonly TraceEvent[], sizes: readonly number[]): string {
  const renders = rendersOf(events);
  const lines = [
    '\nChromium first renders by main-thread CPU time (a trace; style = UpdateLayoutTree; rest = script, DOM',
    'work and garbage collection), medians: stac-web / json-render ms, and the median of the per-round ratios',
    'items   scenario  rounds  total                    style                  layout                 rest',
  ];
  for (const size of sizes) {
    for (const scenario of CPU_SCENARIOS) {
      const rounds: [RenderCpu, RenderCpu][] = [];
      for (let round = 0; ; round += 1) {
        const stac = renders.get(`${size}|${scenario}|stac-web|${round}`);
        const json = renders.get(`${size}|${scenario}|json-render|${round}`);
        if (!stac || !json) break;
        rounds.push([stac, json]);
      }
      if (rounds.length === 0) continue;
      const cells = Object.values(PARTS).map((part) => {
        const ratio = median(rounds.map(([stac, json]) => part(stac) / part(json)));
        const own = median(rounds.map(([stac]) => part(stac)));
        const theirs = median(rounds.map(([, json]) => part(json)));
        return `${own.toFixed(1)} / ${theirs.toFixed(1)} ${ratio.toFixed(2)}x`.padEnd(23);
      });
      lines.push(
        `${String(size).padEnd(8)}${scenario.padEnd(10)}${String(rounds.length).padEnd(8)}${cells.join('')}`,
      );
    }
  }
  return lines.join('\n');
}
