import { useState, type FormEvent } from 'react';
import { useActions } from '../../app/AppContext';

/** Records a new action from the window (`#action …` in drive mode). */
export function AddActionForm() {
  const actions = useActions();
  const [text, setText] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const result = await actions.command({ type: 'action', text: text.trim() });
    if (result.ok) setText('');
  };
  return (
    <form className="add-action" onSubmit={submit}>
      <label htmlFor="new-action" className="visually-hidden">
        New action
      </label>
      <input
        id="new-action"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="nick to do what"
        autoComplete="off"
      />
      <button type="submit">Add action</button>
    </form>
  );
}
