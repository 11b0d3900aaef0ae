import { useEffect, useState } from 'react';
import { useActions, useAppState } from '../../app/AppContext';
import { Dialog } from '../../components/Dialog';
import { AgendaPreview } from './AgendaPreview';

/**
 * The channel's agenda templates: save the current agenda under a name, or start from a saved
 * one (it replaces the agenda).
 */
export function TemplatesDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const templates = useAppState((s) => s.templates);
  const hasAgenda = useAppState((s) => (s.agenda?.items.length ?? 0) > 0);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

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
  const use = async (templateName: string) => {
    const template = templates.find((t) => t.name === templateName);
    if (!template) return;
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
        className="dialog-form"
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
      {templates.length === 0 ? (
        <p className="muted">This channel has no templates yet.</p>
      ) : (
        <ul className="template-list" aria-label="Saved templates">
          {templates.map((t) => (
            <li key={t.name}>
              <details>
                <summary>
                  <bdi>{t.name}</bdi> — {t.items.length} {t.items.length === 1 ? 'item' : 'items'}
                </summary>
                <AgendaPreview items={t.items} label={t.name} />
              </details>
              <button type="button" onClick={() => void use(t.name)}>
                Use <span className="visually-hidden">{t.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
