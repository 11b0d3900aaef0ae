import { useState } from 'react';
import { useActions } from '../../app/AppContext';
import { FormDialog } from '../../components/FormDialog';
import { ITEM_KINDS, type ItemKind } from '../../state/ui-slice';
import { ITEM_KIND_TEXT } from './item-kinds';

/** The item's type to start with, its words if already known, and closing. */
export interface ItemDialogProps {
  initial: ItemKind;
  initialText?: string;
  onClose(): void;
}

/**
 * Adds a minutes item: a type picker (arrow keys move between types) and the text. In drive
 * mode it is said as `#info …`, `#agreed …`, `#action …`; in quiet mode it is only recorded.
 */
export function ItemDialog({ initial, initialText = '', onClose }: ItemDialogProps) {
  const actions = useActions();
  const [type, setType] = useState<ItemKind>(initial);
  const [text, setText] = useState(initialText);
  const kind = ITEM_KIND_TEXT[type];
  return (
    <FormDialog
      title={`Add ${kind.label.toLowerCase()}`}
      submitLabel="Add"
      onClose={onClose}
      onSubmit={async () => {
        if (!text.trim()) return `Write the ${kind.field.toLowerCase()} first.`;
        const result = await actions.command({ type, text: text.trim() });
        return result.ok ? null : result.error.message;
      }}
    >
      <fieldset className="choice-group type-picker">
        <legend>Type</legend>
        {ITEM_KINDS.map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="item-type"
              value={k}
              checked={type === k}
              onChange={() => setType(k)}
            />{' '}
            {ITEM_KIND_TEXT[k].label}
          </label>
        ))}
      </fieldset>
      <div className="field field-wide">
        <label htmlFor="item-text">{kind.field}</label>
        <input
          id="item-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={kind.placeholder}
          autoComplete="off"
          data-autofocus
        />
      </div>
    </FormDialog>
  );
}
