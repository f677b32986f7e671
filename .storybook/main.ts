import { createRequire } from 'node:module';
import type { StorybookConfig } from '@storybook/web-components-vite';

// Written by hand (not `storybook init`, which pins versions and downloads browsers).

/** Docs pages (autodocs) need @storybook/addon-docs; without it Storybook shows stories only. */
const docsAddon = (() => {
  try {
    createRequire(import.meta.url).resolve('@storybook/addon-docs/package.json');
    return ['@storybook/addon-docs'];
  } catch {
    return [];
  }
})();

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: docsAddon,
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // nanostores reads process.env.NODE_ENV, which browsers do not have.
    viteConfig.define = { ...viteConfig.define, 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV ?? 'development') };
    // Storybook's own preview bundle is large by nature; the warning says nothing about our code.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 2048 };
    return viteConfig;
  },
};

export default config;
