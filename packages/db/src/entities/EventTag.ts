import { defineEntity, p } from '@mikro-orm/core';

import { Event } from './Event';
import { Tag } from './Tag';

/** Industry/theme tags of an event, derived from its name and description. */
export const EventTag = defineEntity({
  name: 'EventTag',
  tableName: 'event_tags',
  comment:
    'Industry/theme tags of each event, derived from its name and description (an event can have several). ' +
    'Use it for questions like "oil & gas events" or "finance and banking events".',
  properties: {
    event: () => p.manyToOne(Event).primary().fieldName('event_id').comment('The tagged event (events.id).'),
    tag: () => p.manyToOne(Tag).primary().fieldName('tag').comment('The tag (tags.tag).'),
  },
});
