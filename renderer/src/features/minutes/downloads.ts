/** A rendered minutes file as the window offers it for download. */
export interface Download {
  /** The file's name without its folders (a download has no folder). */
  name: string;
  format: string;
  /** A `blob:` URL holding the file; revoke it when done. */
  url: string;
}

/** The last part of a `/`-separated path. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Object URLs for rendered files, to be offered as download links. */
export function makeDownloads(
  files: readonly { path: string; format: string; mime: string; text: string }[],
): Download[] {
  return files.map((file) => ({
    name: baseName(file.path),
    format: file.format,
    url: URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` })),
  }));
}
