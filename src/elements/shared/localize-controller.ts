import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en, type ChatStringKey, type ChatStrings } from '../../locales/en.js';
import { formatText, langOf, type TextValues } from './format-text.js';

/** What a `<chat-stream>` passes to the elements inside it: its `.strings`, and its language (a change re-renders them). */
export interface Localization {
  strings?: Partial<ChatStrings>;
  lang: string;
}

export const localizationContext = createContext<Localization>(Symbol('chat-stream-elements/localization'));

/** An element with UI text: `.strings` overrides some of it; `lang` (read from the page) formats it. */
export type LocalizedHost = ReactiveControllerHost & HTMLElement & { strings?: Partial<ChatStrings> };

/**
 * The UI text of one element: its own `.strings`, else those of the `<chat-stream>` around it, else
 * English; numbers and plural forms in its language (its `lang`, else the nearest one in the page).
 * With `provide`, it passes the host's strings and language on to the elements inside.
 */
export class LocalizeController implements ReactiveController {
  /** The language texts are formatted in, as of the host's latest update. */
  lang = 'en';
  private inherited?: Localization;
  private readonly provider?: ContextProvider<typeof localizationContext>;

  constructor(
    private readonly host: LocalizedHost,
    provide = false,
  ) {
    host.addController(this);
    if (provide) this.provider = new ContextProvider(host, { context: localizationContext, initialValue: { lang: 'en' } });
    new ContextConsumer(host, {
      context: localizationContext,
      subscribe: true,
      callback: (value) => {
        this.inherited = value;
        host.requestUpdate();
      },
    });
  }

  hostUpdate(): void {
    this.lang = langOf(this.host);
    const current = this.provider?.value;
    if (current && (current.lang !== this.lang || current.strings !== this.host.strings)) {
      this.provider!.setValue({ strings: this.host.strings, lang: this.lang });
    }
  }

  /** The text for `key` with `values` filled in. */
  text(key: ChatStringKey, values?: TextValues): string {
    return formatText(this.host.strings?.[key] ?? this.inherited?.strings?.[key] ?? en[key], values, this.lang);
  }

  /** "3 seconds", in the host's language. */
  seconds(ms: number): string {
    return this.text('seconds', { count: Math.max(0, Math.ceil(ms / 1000)) });
  }
}
