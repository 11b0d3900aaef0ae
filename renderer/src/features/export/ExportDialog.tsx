import { useId, useState } from 'react';
import type { MinutesFormat } from '../../../../shared/formats/minutes-formats';
import { Dialog } from '../../components/Dialog';
import { EmailDraft } from './EmailDraft';
import {
  initialSettings,
  patternProblem,
  previewFormat,
  previewRequest,
  withFormat,
  withPreset,
  type ExportSettings,
} from './export-model';
import { FileNames } from './FileNames';
import { FormatPicker } from './FormatPicker';
import { NamingFields } from './NamingFields';
import { PreviewPanel } from './PreviewPanel';
import { DownloadList, SaveMessages } from './SaveOutcome';
import { useExportRender } from './use-export-render';
import { useLiveRevision } from './use-live-revision';
import { useMeetingLive } from './use-meeting-live';
import { useSaveExport } from './use-save-export';

const LIVE_NOTE = 'The meeting is still going: these are the minutes so far.';

/**
 * Saves, previews, copies and mails the minutes of any meeting Gavel keeps (live, ended,
 * imported or practice): the formats ticked, named by a deployment's preset or the chair's own
 * pattern, with charts if asked. Save takes focus, so Enter saves the usual set at once.
 * A failure is shown and every choice stays as it was.
 */
export function ExportDialog({ meetingId, onClose }: { meetingId: string; onClose(): void }) {
  const formId = useId();
  const live = useMeetingLive(meetingId);
  const [settings, setSettings] = useState<ExportSettings>(initialSettings);
  const [picked, setPicked] = useState<MinutesFormat>('txt');
  const preview = previewFormat(settings.formats, picked);
  // A live meeting's minutes grow as it goes: the preview follows, every two seconds at most.
  const revision = useLiveRevision(meetingId);
  const render = useExportRender(previewRequest(meetingId, settings), 300, revision);
  const saving = useSaveExport(meetingId);
  const patternError = patternProblem(settings);

  return (
    <Dialog
      title="Save the minutes"
      description={live ? LIVE_NOTE : undefined}
      onClose={onClose}
      className="export-dialog"
    >
      <div className="export-layout">
        <div className="export-options">
          <form
            id={formId}
            className="dialog-form"
            aria-label="Minutes to save"
            onSubmit={(e) => {
              e.preventDefault();
              void saving.save(settings);
            }}
          >
            <FormatPicker
              formats={settings.formats}
              onToggle={(format, on) => setSettings((s) => withFormat(s, format, on))}
            />
            <NamingFields
              settings={settings}
              patternError={patternError}
              onPreset={(preset) => setSettings((s) => withPreset(s, preset))}
              onPattern={(pattern) => setSettings((s) => ({ ...s, pattern }))}
              onCharts={(charts) => setSettings((s) => ({ ...s, charts }))}
            />
            {!patternError && <FileNames formats={settings.formats} render={render} />}
            <DownloadList downloads={saving.downloads} />
          </form>
          <EmailDraft meetingId={meetingId} />
        </div>
        <PreviewPanel
          format={preview}
          formats={settings.formats}
          onFormat={setPicked}
          render={render}
        />
      </div>
      <div className="export-footer">
        <SaveMessages
          message={saving.message}
          error={saving.error}
          onShowFolder={saving.folder === null ? undefined : () => void saving.showFolder()}
        />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button
            type="submit"
            form={formId}
            className="primary"
            aria-disabled={saving.busy || undefined}
            data-autofocus
          >
            Save
          </button>
        </div>
      </div>
    </Dialog>
  );
}
