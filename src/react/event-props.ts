import type { EventName } from '@lit/react';
import { listenerProp, type ListenerProp } from '../element-events.js';

/** `@lit/react`'s `events` option for these event names, each typed from the element's event map. */
export type EventProps<Events, Names extends keyof Events & string> = { [Name in Names as ListenerProp<Name>]: EventName<Events[Name] & Event> };

/**
 * `@lit/react`'s `events` option from the element's documented events (the manifest's list, in
 * element-api.generated.ts), typed from its event map: `['chat-send']` → `{ onChatSend: 'chat-send' }`.
 */
export function eventProps<Events>() {
  return <const Names extends ReadonlyArray<keyof Events & string>>(names: Names): EventProps<Events, Names[number]> =>
    Object.fromEntries(names.map((name) => [listenerProp(name), name])) as unknown as EventProps<Events, Names[number]>;
}
