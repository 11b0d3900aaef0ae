/** What was imported, and where to go next: read it, export its minutes, or import another. */
export function ImportDone({
  message,
  onOpen,
  onExport,
  onAnother,
  onClose,
}: {
  message: string;
  onOpen(): void;
  onExport(): void;
  onAnother(): void;
  onClose(): void;
}) {
  return (
    <>
      <p role="status" className="log-import-done">
        {message}
      </p>
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" onClick={onAnother}>
          Import another
        </button>
        <button type="button" onClick={onExport}>
          Export…
        </button>
        <button type="button" className="primary" onClick={onOpen} data-step-focus>
          Open
        </button>
      </div>
    </>
  );
}
