import { useState } from 'react';
import { useActions } from '../../app/AppContext';
import { FormDialog } from '../../components/FormDialog';

/** Sets a topic of the chair's own (`#topic …`), outside the agenda. */
export function TopicDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const [text, setText] = useState('');
  return (
    <FormDialog
      title="Set a topic"
      submitLabel="Set topic"
      onClose={onClose}
      onSubmit={async () => {
        if (!text.trim()) return 'Write the topic first.';
        const result = await actions.command({ type: 'topic', text: text.trim() });
        return result.ok ? null : result.error.message;
      }}
    >
      <div className="field">
        <label htmlFor="topic-text">Topic</label>
        <input
          id="topic-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          data-autofocus
        />
      </div>
    </FormDialog>
  );
}
