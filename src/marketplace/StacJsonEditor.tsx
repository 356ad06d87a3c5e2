import { json } from '@codemirror/lang-json';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';

/**
 * Token colours from the app's CSS variables (light and dark both meet WCAG AA contrast), instead of
 * CodeMirror's default palette, which is unreadable on a dark background.
 */
const jsonHighlightStyle = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--code-property)' },
  { tag: tags.string, color: 'var(--code-string)' },
  { tag: tags.number, color: 'var(--code-number)' },
  { tag: [tags.bool, tags.null, tags.keyword], color: 'var(--code-keyword)' },
  {
    tag: [tags.punctuation, tags.brace, tags.squareBracket, tags.separator],
    color: 'var(--code-punctuation)',
  },
  { tag: tags.invalid, color: 'var(--app-error)' },
]);

export interface EditorDiagnostic {
  from: number;
  to: number;
  severity: 'error' | 'warning';
  message: string;
}

export interface StacJsonEditorHandle {
  /** Selects a range, scrolls it into view and focuses the editor. */
  select(from: number, to?: number): void;
  focus(): void;
}

export interface StacJsonEditorProps {
  value: string;
  onChange(value: string): void;
  diagnostics: readonly EditorDiagnostic[];
  /** Accessible name of the editing area. */
  label: string;
  /** Id of an element describing the editor (e.g. its help text). */
  describedBy?: string;
  id?: string;
}

/**
 * CodeMirror 6 for the plugin's `ui` JSON: syntax highlighting, folding, bracket matching, lint markers fed
 * from our own validation. Tab moves focus out of the editor (no tab trapping) so keyboard users can leave.
 */
export const StacJsonEditor = forwardRef<StacJsonEditorHandle, StacJsonEditorProps>(function StacJsonEditor(
  { value, onChange, diagnostics, label, describedBy, id },
  ref,
) {
  const hostRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (!hostRef.current) return;
    const attributes: Record<string, string> = { 'aria-label': label, 'aria-multiline': 'true' };
    if (describedBy) attributes['aria-describedby'] = describedBy;
    if (id) attributes.id = id;
    const view = new EditorView({
      parent: hostRef.current,
      doc: value,
      extensions: [
        basicSetup,
        json(),
        syntaxHighlighting(jsonHighlightStyle),
        lintGutter(),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of(attributes),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChangeRef.current(update.state.doc.toString());
        }),
      ],
    });
    viewRef.current = view;
    return () => {
      view.destroy();
      viewRef.current = null;
    };
    // The editor is created once; later `value` changes from outside are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const current = view.state.doc.toString();
    if (current !== value) view.dispatch({ changes: { from: 0, to: current.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const length = view.state.doc.length;
    const mapped: Diagnostic[] = diagnostics.map((diagnostic) => ({
      from: Math.min(diagnostic.from, length),
      to: Math.min(Math.max(diagnostic.to, diagnostic.from), length),
      severity: diagnostic.severity,
      message: diagnostic.message,
    }));
    view.dispatch(setDiagnostics(view.state, mapped));
  }, [diagnostics]);

  useImperativeHandle(
    ref,
    () => ({
      select(from, to = from) {
        const view = viewRef.current;
        if (!view) return;
        const length = view.state.doc.length;
        const anchor = Math.min(from, length);
        const head = Math.min(to, length);
        view.dispatch({ selection: { anchor, head }, scrollIntoView: true });
        view.focus();
      },
      focus() {
        viewRef.current?.focus();
      },
    }),
    [],
  );

  return <div ref={hostRef} className="json-editor" data-testid="stac-json-editor" />;
});
