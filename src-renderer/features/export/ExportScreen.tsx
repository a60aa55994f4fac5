import { useCallback, useMemo, useState } from 'react';
import type { LaidOut } from '../../print/PagedDocument';
import { layoutTitle } from '../../print/PrintView';
import { usePrintModel, useExportPlan } from '../../print/use-print-data';
import { AspirationPicker } from './AspirationPicker';
import { IncludeOptions, PageOptions } from './DocumentOptions';
import { LayoutPicker } from './LayoutPicker';
import { chosenAspirationIds, editedText, printOptionsOf, suggestedFileName } from './options';
import { Preview } from './Preview';
import { SavePdf } from './SavePdf';
import { TextEditor } from './TextEditor';
import { useExportPrefs } from './use-export-prefs';
import { hrefFor } from '../../ui/use-route';
import './export.css';

/**
 * Export: choose a layout, the aspirations and what goes in, see the document exactly as it will
 * leave the app, then save it as a PDF.
 */
export function ExportScreen() {
  const { prefs, error, update, flush, saveState, saveError } = useExportPrefs();
  const plan = useExportPlan();
  const options = useMemo(
    () => (prefs ? printOptionsOf(prefs, plan.data) : null),
    [prefs, plan.data],
  );
  const { model } = usePrintModel(options);
  const [ready, setReady] = useState(false);
  const onLayout = useCallback((layout: LaidOut) => setReady(layout.ready && layout.pages > 0), []);

  if (error) {
    return (
      <p className="field-error export-failure" role="alert">
        {error.message}
      </p>
    );
  }
  const loadError = plan.error;
  const isText = prefs?.layout === 'cover-letter' || prefs?.layout === 'interview';
  // No plan yet: say how to start one, and offer nothing to save.
  const emptyPlan = plan.data !== undefined && plan.data.aspirations.length === 0;

  return (
    <div className="export-screen">
      <div className="export-controls">
        <h1>Export</h1>
        {emptyPlan && (
          <div className="export-empty">
            <p>
              There is nothing to export yet: your plan has no aspirations. Start one on the{' '}
              <a href={hrefFor('plan')}>Plan screen</a> — write your own, or begin from an industry
              template — and it will be ready to export here.
            </p>
          </div>
        )}
        {prefs && (
          <>
            <LayoutPicker value={prefs.layout} onChange={(layout) => update({ layout })} />
            <AspirationPicker
              tree={plan.data}
              chosen={chosenAspirationIds(prefs, plan.data)}
              onChange={(aspirationIds) => update({ aspirationIds })}
            />
            {loadError && (
              <p className="field-error" role="alert">
                {loadError.message}
              </p>
            )}
            {isText && model && (
              <TextEditor
                layout={prefs.layout as 'cover-letter' | 'interview'}
                text={model.text}
                edited={editedText(prefs) !== null}
                onChange={(text) =>
                  update(
                    prefs.layout === 'cover-letter'
                      ? { coverLetterText: text }
                      : { interviewText: text },
                  )
                }
                saveState={saveState}
                saveError={saveError}
              />
            )}
            <PageOptions prefs={prefs} onChange={update} />
            {prefs.layout === 'full' && <IncludeOptions prefs={prefs} onChange={update} />}
            {options && model && (
              <SavePdf
                options={options}
                ready={ready && !emptyPlan}
                fileName={suggestedFileName(layoutTitle(options.layout), options.name, model.today)}
                beforeSave={flush}
              />
            )}
          </>
        )}
      </div>
      <Preview model={model} onLayout={onLayout} />
    </div>
  );
}
