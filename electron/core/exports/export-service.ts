import { ok, type Result } from '../../../shared/ipc/result';
import type { City } from '../../../shared/time/world-times';
import type { Clock } from '../clock';
import type { MeetingEditor } from '../meetings/edits/meeting-editor';
import { emailDraft, type EmailDraft } from './email-draft';
import { exportInput, type ExportInput } from './export-input';
import { renderExport, type ExportOptions, type RenderedFile } from './render-export';
import { saveExport, type ChooseFolder } from './save-export';

/** What the export service is built on. */
export interface ExportDeps {
  editor: MeetingEditor;
  clock: Clock;
  /** The cities a channel's meeting times are shown in (its schedule's), if any. */
  cities: (channel: string) => readonly City[] | undefined;
  chooseFolder?: ChooseFolder;
}

/** An export request: which meeting, and which minutes. */
export interface ExportRequest extends ExportOptions {
  meetingId: string;
}

/**
 * The minutes of any recorded meeting (live, ended, imported, practice), with the chair's
 * marks and action edits: rendered for a preview or a download, saved into a folder, or put
 * in a mailing-list draft.
 */
export class ExportService {
  constructor(private readonly deps: ExportDeps) {}

  /** The minutes in each asked format. */
  render(request: ExportRequest): Result<{ files: RenderedFile[] }> {
    const input = this.input(request.meetingId);
    if (!input.ok) return input;
    const files = renderExport(input.value, request);
    return files.ok ? ok({ files: files.value }) : files;
  }

  /** Renders, then writes into the folder the user picks. */
  async save(request: ExportRequest): Promise<Result<{ folder: string; written: string[] }>> {
    if (!this.deps.chooseFolder) return saveExport([], undefined);
    const rendered = this.render(request);
    if (!rendered.ok) return rendered;
    return saveExport(rendered.value.files, this.deps.chooseFolder);
  }

  /** A mailing-list draft of the text minutes. */
  email(request: { meetingId: string; to: string; subject?: string }): Result<EmailDraft> {
    const input = this.input(request.meetingId);
    if (!input.ok) return input;
    return emailDraft(input.value, request, this.deps.clock.now());
  }

  private input(meetingId: string): Result<ExportInput> {
    const fold = this.deps.editor.fold(meetingId);
    if (!fold.ok) return fold;
    return ok(exportInput(fold.value, this.deps.cities(fold.value.start.channel)));
  }
}
