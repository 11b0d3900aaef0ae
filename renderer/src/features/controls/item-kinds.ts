import type { ItemKind } from '../../state/ui-slice';

/** How each kind of item reads in the type picker, and what its text field asks for. */
export const ITEM_KIND_TEXT: Record<
  ItemKind,
  { label: string; field: string; placeholder: string }
> = {
  info: { label: 'Info', field: 'Information', placeholder: 'What was said or found' },
  idea: { label: 'Idea', field: 'Idea', placeholder: 'An idea worth keeping' },
  agreed: { label: 'Agreed', field: 'What was agreed', placeholder: 'The decision, in one line' },
  rejected: {
    label: 'Rejected',
    field: 'What was rejected',
    placeholder: 'The proposal turned down',
  },
  link: { label: 'Link', field: 'Link', placeholder: 'https://… and what it is' },
  action: {
    label: 'Action',
    field: 'Action',
    placeholder: 'nick to do what — the nick makes them its owner',
  },
  help: { label: 'Help wanted', field: 'What help is wanted', placeholder: 'Who could help with…' },
};
