// What test/fixtures/e2e/field-notes.xml holds, for assertions.
export const fieldNotes = {
  path: '/field-notes.xml',
  file: 'field-notes.xml',
  title: 'Field Notes',
  items: [
    { title: 'Tide tables and the moon', text: 'Spring tides follow the full and the new moon', link: 'tide chart' },
    { title: 'A heron at low water', text: 'The heron waits at the edge of the mud flats', link: 'hour or more' },
    { title: 'Sea glass, sorted by colour', text: 'Green and brown are common', link: 'colour guide' },
    { title: 'Why the lighthouse blinks twice', text: 'Every light on this coast has its own rhythm', link: 'charts' },
  ],
} as const;

export type FieldNote = (typeof fieldNotes.items)[number];

/** The fixture item whose title an accessible name starts with. */
export function itemNamed(accessibleName: string | null): FieldNote {
  const item = fieldNotes.items.find((candidate) => accessibleName?.startsWith(candidate.title));
  if (!item) throw new Error(`no fixture item matches "${accessibleName}"`);
  return item;
}
