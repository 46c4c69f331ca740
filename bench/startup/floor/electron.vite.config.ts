// The app's renderer config (plugins, build options) with the floor page as its root. Only
// the app's first-screen plugins are left out: the floor has no screen to preload or check.
import { resolve } from 'node:path';
import type { PluginOption, UserConfig } from 'vite';
import app from '../../../electron.vite.config';

const renderer = (app as { renderer: UserConfig }).renderer;
const named = (p: PluginOption): p is { name: string } => !!p && typeof p === 'object' && 'name' in p;

export default {
  renderer: {
    ...renderer,
    root: __dirname,
    plugins: (renderer.plugins ?? []).filter((p) => !(named(p) && ['front-desk:first-screen-preload', 'front-desk:chunk-rules'].includes(p.name))),
    build: { ...renderer.build, rollupOptions: { input: { index: resolve(__dirname, 'index.html') } } },
  },
};
