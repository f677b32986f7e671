import type { ReactiveControllerHost } from 'lit';
import { getAddOn } from '../../addons/registry.js';
import { loadAddOnOrReport } from '../../markdown/enhance.js';
import type { MarkdownFeatures } from '../../markdown/features.js';
import { loadMarkdownRenderer, markdownRenderer } from '../../markdown/markdown-loader.js';

/**
 * Loads what a message's markdown needs before it renders: the renderer's lazy chunk (see
 * `markdown-loader.ts`) and, when raw HTML is allowed, the html add-on. The host updates again
 * once either arrives or fails.
 */
export class MarkdownReadiness {
  /** The renderer's chunk, while it loads; whether it failed to. */
  private loading: Promise<void> | undefined;
  private failed = false;
  /** The html add-on: being loaded, or known to be missing (raw HTML then stays text). */
  private htmlAddOn: 'loading' | 'missing' | undefined;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** Waits out `update` and any renderer load, so `await updateComplete` sees the content rendered. */
  async settle(update: () => Promise<boolean>): Promise<boolean> {
    let done = await update();
    while (this.loading) {
      await this.loading;
      done = await update();
    }
    return done;
  }

  /** The markdown features turned on; undefined while the markdown renderer or the html add-on loads (nothing renders before them). */
  features(format: 'markdown' | 'text', wanted: MarkdownFeatures): MarkdownFeatures | undefined {
    if (format !== 'text' && !markdownRenderer() && !this.failed) {
      this.loading ??= loadMarkdownRenderer().then(
        () => undefined,
        (error: unknown) => {
          // Without its renderer (the chunk failed to load) markdown is shown as the text it is.
          console.error(error);
          this.failed = true;
        },
      ).finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
      return undefined;
    }
    const features = { allowHtml: wanted.allowHtml && this.htmlAddOn !== 'missing', highlight: wanted.highlight, math: wanted.math };
    if (!features.allowHtml || format === 'text' || getAddOn('html')) return features;
    if (this.htmlAddOn !== 'loading') {
      this.htmlAddOn = 'loading';
      void loadAddOnOrReport('html').then((loaded) => {
        this.htmlAddOn = loaded ? undefined : 'missing';
        this.host.requestUpdate();
      });
    }
    return undefined;
  }
}
