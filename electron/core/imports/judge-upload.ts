import { binaryHead } from '../../../shared/formats/importers/common/decode';
import { HEAD_CHARS, headProblem } from '../../../shared/formats/importers/import-log';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Upload, UploadJudge } from './upload';

/**
 * Judges uploads as their parts arrive, refusing a file as soon as it shows what reading it
 * whole would refuse it for: a NUL byte in any part (`binary`); and, once the first 64 Ki
 * characters are there (or the whole file), a binary start, bad options, or no log format that
 * those lines fit (`not-a-log`). The message is the one reading the whole file would give.
 */
export function judgeUploads(): UploadJudge {
  const seen = new WeakMap<Upload, { checked: number; headJudged: boolean }>();
  return (upload): Result<true> => {
    const state = seen.get(upload) ?? { checked: 0, headJudged: false };
    seen.set(upload, state);
    const parts = upload.text.parts;
    const fresh = parts.slice(state.checked);
    state.checked = parts.length;
    const nul = fresh.some((part) => part.includes('\0')) ? binaryHead(fresh) : ok(true);
    if (!nul.ok) return refusal(upload, nul.error);
    if (state.headJudged) return ok(true);
    const whole = upload.received >= upload.size;
    if (!whole && upload.text.length < HEAD_CHARS) return ok(true);
    state.headJudged = true;
    const { format, timeZone, channel } = upload;
    const judged = headProblem(whole ? upload.text.end() : parts, { format, timeZone, channel });
    return judged.ok ? judged : refusal(upload, judged.error);
  };
}

function refusal(upload: Upload, error: { code: string; message: string }): Result<true> {
  return fail(error.code, `${upload.name}: ${error.message}`);
}
