import { Dialog } from '../components/Dialog';
import { chordLabel } from './key-label';
import { localKeys } from './local-keys';
import { PLATFORM } from './platform';
import { SHORTCUTS } from './shortcuts';

/** Every shortcut of the window, grouped, from the same map the handlers use. */
export function HelpDialog({ onClose }: { onClose(): void }) {
  const groups = ['Meeting', 'Window'] as const;
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="help-dialog">
      <div className="help-columns">
        {groups.map((group) => (
          <table key={group} className="keys-table">
            <caption>{group}</caption>
            <tbody>
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <kbd className="key-cap">{chordLabel(s.chord, PLATFORM)}</kbd>
                  </th>
                  <td>{s.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        {localKeys(PLATFORM).map((local) => (
          <table key={local.where} className="keys-table">
            <caption>{local.where}</caption>
            <tbody>
              {local.keys.map((k) => (
                <tr key={k.keys}>
                  <th scope="row">
                    <kbd className="key-cap">{k.keys}</kbd>
                  </th>
                  <td>{k.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="dialog-buttons">
        <button type="button" className="primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
