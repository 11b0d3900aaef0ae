import { useEffect, useState, type ChangeEvent } from 'react';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { agendaOrder, topicEntries } from '../../../../shared/meeting/agenda-order';
import { useActions, useAppState } from '../../app/AppContext';
import { Dialog } from '../../components/Dialog';
import { replacedNote } from './agenda-notes';
import { AgendaPreview } from './AgendaPreview';
import { readTextFile } from './read-file';

/** "Found 10 items in 1 group:": the entries that can be topics, and the groups holding them. */
export function foundSummary(found: readonly AgendaNode[]): string {
  const entries = agendaOrder(found);
  const topics = topicEntries(found).length;
  const groups = entries.length - topics;
  const items = `${topics} ${topics === 1 ? 'item' : 'items'}`;
  return groups === 0
    ? `Found ${items}:`
    : `Found ${items} in ${groups} ${groups === 1 ? 'group' : 'groups'}:`;
}

// One empty list for every read, so a channel without an agenda does not re-render forever.
const NO_ITEMS: AgendaNode[] = [];

/**
 * Imports an agenda from a Markdown outline or a Kamailio-style meeting page, pasted or picked
 * as a file (or handed over as `initialText`, read at once): Gavel reads it, shows what it found,
 * and the chair replaces the agenda with it or adds it at the end.
 */
export function AgendaImportDialog({
  initialText,
  onClose,
}: {
  initialText?: string;
  onClose(): void;
}) {
  const actions = useActions();
  const current = useAppState((s) => s.agenda?.items ?? NO_ITEMS);
  const [text, setText] = useState(initialText ?? '');
  const [found, setFound] = useState<AgendaNode[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const read = async (source: string) => {
    if (!source.trim()) return setError('Paste an outline or pick a file first.');
    const result = await actions.importAgenda(source);
    setError(result.ok ? null : result.error.message);
    setFound(result.ok ? result.value : null);
  };
  useEffect(() => {
    if (initialText?.trim()) void read(initialText);
    // Read once, on opening; later edits are read when the chair asks.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    const outcome = await readTextFile(file);
    if ('error' in outcome) return setError(outcome.error);
    setText(outcome.text);
    await read(outcome.text);
  };
  const use = async (found: AgendaNode[], how: 'replace' | 'add') => {
    const items = how === 'add' ? [...current, ...found] : found;
    const result = await actions.saveAgenda(items, replacedNote(current, found, how));
    if (result.ok) onClose();
    else setError(result.error.message);
  };

  return (
    <Dialog
      title="Import an agenda"
      description="A Markdown outline (“- (nick) item (10 min)”) or a meeting page."
      onClose={onClose}
      className="import-dialog"
    >
      <div className="field field-wide">
        <label htmlFor="import-text">Outline or page text</label>
        <textarea
          id="import-text"
          rows={8}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setFound(null);
          }}
          spellCheck={false}
          data-autofocus
        />
      </div>
      <div className="field">
        <label htmlFor="import-file">Or pick a file</label>
        <input
          id="import-file"
          type="file"
          accept=".md,.markdown,.txt,text/plain,text/markdown"
          onChange={(e) => void pick(e)}
        />
      </div>
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      {found && (
        <div className="import-found">
          <p data-testid="import-count">{foundSummary(found)}</p>
          <AgendaPreview items={found} label="Imported items" />
        </div>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        {found ? (
          <>
            <button type="button" onClick={() => void use(found, 'add')}>
              Add to agenda
            </button>
            <button type="button" className="primary" onClick={() => void use(found, 'replace')}>
              Replace agenda
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => void read(text)}>
            Read agenda
          </button>
        )}
      </div>
    </Dialog>
  );
}
