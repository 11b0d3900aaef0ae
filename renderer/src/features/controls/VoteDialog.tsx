import { useState } from 'react';
import { useActions } from '../../app/AppContext';
import { FormDialog } from '../../components/FormDialog';

/** The options a comma-separated list names, trimmed, empty ones dropped, each once. */
export function parseOptions(text: string): string[] {
  const seen = new Set<string>();
  const options: string[] = [];
  for (const raw of text.split(',')) {
    const option = raw.trim();
    if (option && !seen.has(option.toLowerCase())) {
      seen.add(option.toLowerCase());
      options.push(option);
    }
  }
  return options;
}

/** Starts a vote: the question and its options; the tally then shows live above the panes. */
export function VoteDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState('yes, no, abstain');
  return (
    <FormDialog
      title="Start a vote"
      submitLabel="Start vote"
      onClose={onClose}
      onSubmit={async () => {
        if (!question.trim()) return 'Write the question first.';
        const list = parseOptions(options);
        if (list.length < 2) return 'A vote needs at least two options.';
        if (list.length > 10) return 'A vote can have at most ten options.';
        const result = await actions.command({
          type: 'vote-start',
          question: question.trim(),
          options: list,
        });
        return result.ok ? null : result.error.message;
      }}
    >
      <div className="field field-wide">
        <label htmlFor="vote-question">Question</label>
        <input
          id="vote-question"
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          autoComplete="off"
          data-autofocus
        />
      </div>
      <div className="field field-wide">
        <label htmlFor="vote-options">Options, separated by commas</label>
        <input
          id="vote-options"
          value={options}
          onChange={(e) => setOptions(e.target.value)}
          autoComplete="off"
        />
      </div>
    </FormDialog>
  );
}
