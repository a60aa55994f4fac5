import { useCallback, useMemo, useState } from 'react';
import type { LaidOut } from '../../print/PagedDocument';
import { layoutTitle } from '../../print/PrintView';
import { usePrintModel, useExportPlan } from '../../print/use-print-data';
import { AspirationPicker } from './AspirationPicker';
import { IncludeOptions, PageOptions } from './DocumentOptions';
import { ChoicePicker } from './OptionFields';
import { chosenAspirationIds, LAYOUTS, printOptionsOf, suggestedFileName } from './options';
import { Preview } from './Preview';
import { ReviewOptions } from './ReviewOptions';
import { SavePdf } from './SavePdf';
import type { ExportFormat } from '../../print/formats';
import { formatsFor } from '../../print/formats';
import { SaveFormat } from './SaveFormat';
import { CoverLetterText, InterviewTexts, TargetRole } from './TextOptions';
import { useExportPrefs } from './use-export-prefs';
import { hrefFor } from '../../ui/use-route';
import './export.css';
import { FormError } from '../../ui/FormError';

/**
 * Export: choose a layout, the aspirations and what goes in, see the document exactly as it will
 * leave the app, then save it as a PDF, a Word or text file, JSON Resume, or copy it.
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
  const [chosenFormat, setFormat] = useState<ExportFormat>('pdf');

  if (error) {
    return (
      <p className="field-error export-failure" role="alert">
        {error.message}
      </p>
    );
  }
  const loadError = plan.error;
  // A format the layout does not offer (JSON Resume after leaving the summary) falls back to PDF.
  const format =
    prefs && formatsFor(prefs.layout).some((f) => f.id === chosenFormat) ? chosenFormat : 'pdf';
  const texts = model && prefs ? { prefs, model, update, saveState, saveError } : null;
  const fileName =
    options && model
      ? suggestedFileName(layoutTitle(options.layout), options.name, model.today)
      : '';
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
            <ChoicePicker
              legend="Layout"
              name="layout"
              choices={LAYOUTS}
              value={prefs.layout}
              onChange={(layout) => update({ layout })}
            />
            <AspirationPicker
              tree={plan.data}
              chosen={chosenAspirationIds(prefs, plan.data)}
              onChange={(aspirationIds) => update({ aspirationIds })}
            />
            {loadError && <FormError message={loadError.message} />}
            {prefs.layout === 'cover-letter' && <TargetRole prefs={prefs} update={update} />}
            {texts && prefs.layout === 'cover-letter' && <CoverLetterText {...texts} />}
            {texts && prefs.layout === 'interview' && <InterviewTexts {...texts} />}
            <PageOptions prefs={prefs} onChange={update} />
            {prefs.layout === 'full' && <IncludeOptions prefs={prefs} onChange={update} />}
            {prefs.layout === 'review-pack' && model && (
              <ReviewOptions prefs={prefs} today={model.today} onChange={update} />
            )}
            {/* JSON Resume only for the one-page summary. */}
            <ChoicePicker
              legend="Format"
              name="format"
              choices={formatsFor(prefs.layout)}
              value={format}
              onChange={setFormat}
            />
            {options && model && format === 'pdf' && (
              <SavePdf
                options={options}
                ready={ready && !emptyPlan}
                fileName={fileName}
                beforeSave={flush}
              />
            )}
            {model && format !== 'pdf' && !emptyPlan && (
              <SaveFormat model={model} format={format} fileName={fileName} beforeSave={flush} />
            )}
          </>
        )}
      </div>
      <Preview model={model} onLayout={onLayout} />
    </div>
  );
}
