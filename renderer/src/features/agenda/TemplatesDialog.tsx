import { useEffect, useMemo, useState } from 'react';
import type { AgendaTemplate } from '../../state/meeting-slice';
import { useActions, useAppState } from '../../app/AppContext';
import { Dialog } from '../../components/Dialog';
import { AgendaPreview } from './AgendaPreview';
import { builtinTemplates } from './builtin-templates';

/** One list of templates, each offered for a preview and to start from. */
function TemplateList({
  label,
  templates,
  use,
}: {
  label: string;
  templates: readonly AgendaTemplate[];
  use(template: AgendaTemplate): void;
}) {
  return (
    <ul className="template-list" aria-label={label}>
      {templates.map((t) => (
        <li key={t.name}>
          <details>
            <summary>
              <bdi>{t.name}</bdi> — {t.items.length} {t.items.length === 1 ? 'item' : 'items'}
            </summary>
            <AgendaPreview items={t.items} label={t.name} />
          </details>
          <button type="button" onClick={() => use(t)}>
            Use <span className="visually-hidden">{t.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The channel's agenda templates: save the current agenda under a name, or start from a saved
 * one or a built-in one ("Actions from last meeting / Open floor"); it replaces the agenda.
 */
export function TemplatesDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const templates = useAppState((s) => s.templates);
  const hasAgenda = useAppState((s) => (s.agenda?.items.length ?? 0) > 0);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const builtin = useMemo(builtinTemplates, []);

  useEffect(() => {
    void actions.loadTemplates().then((r) => setError(r.ok ? null : r.error.message));
  }, [actions]);

  const save = async () => {
    if (!name.trim()) return setError('Give the template a name first.');
    const result = await actions.saveTemplate(name.trim());
    setError(result.ok ? null : result.error.message);
    if (result.ok) {
      setSaved(name.trim());
      setName('');
    }
  };
  const use = async (template: AgendaTemplate) => {
    const result = await actions.saveAgenda(
      template.items,
      `Replaced the agenda with the template “${template.name}”`,
    );
    if (result.ok) onClose();
    else setError(result.error.message);
  };

  return (
    <Dialog title="Agenda templates" onClose={onClose} className="templates-dialog">
      <form
        className="template-save"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="field field-wide">
          <label htmlFor="template-name">Save the current agenda as</label>
          <input
            id="template-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="weekly"
            autoComplete="off"
            disabled={!hasAgenda}
            data-autofocus
          />
        </div>
        <button type="submit" disabled={!hasAgenda}>
          Save template
        </button>
      </form>
      {saved && <p role="status">Saved the template “{saved}”.</p>}
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <h3 className="template-heading">Saved for this channel</h3>
      {templates.length === 0 ? (
        <p className="muted">This channel has no saved templates yet.</p>
      ) : (
        <TemplateList label="Saved templates" templates={templates} use={(t) => void use(t)} />
      )}
      <h3 className="template-heading">Built in</h3>
      <TemplateList label="Built-in templates" templates={builtin} use={(t) => void use(t)} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
