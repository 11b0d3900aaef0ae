import { fail, ok, type Result } from '../../../shared/ipc/result';
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
  /** Opens a folder in the file manager: '' or why not (`CoreDeps.showFolder`). */
  showFolder?: (folder: string) => Promise<string>;
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
  /** The folders minutes were saved in during this run: the only ones `showFolder` opens. */
  private readonly savedIn = new Set<string>();

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
    const saved = await saveExport(rendered.value.files, this.deps.chooseFolder);
    if (saved.ok) this.savedIn.add(saved.value.folder);
    return saved;
  }

  /** Opens a folder minutes were saved in, in the file manager; never any other path. */
  async showFolder(folder: string): Promise<Result<Record<string, never>>> {
    if (!this.deps.showFolder)
      return fail('use-download', 'This window has no file manager to open: see your downloads.');
    if (!this.savedIn.has(folder))
      return fail(
        'unknown-folder',
        `Gavel did not save minutes in ${folder}, so it will not open it.`,
      );
    const problem = await this.deps.showFolder(folder);
    return problem ? fail('open-failed', `${folder} could not be opened: ${problem}`) : ok({});
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
