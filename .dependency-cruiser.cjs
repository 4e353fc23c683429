/** Architecture boundaries from DESIGN.md, checked by `npm run lint`. */
module.exports = {
  forbidden: [
    {
      name: 'platform-imports-module',
      comment: 'platform is module-agnostic: it never imports a module',
      severity: 'error',
      from: { path: '^apps/server/src/platform/' },
      to: { path: '^apps/server/src/modules/' },
    },
    {
      name: 'module-internals',
      comment: 'a module imports another module only through its index.ts',
      severity: 'error',
      from: { path: '^apps/server/src/modules/([^/]+)/' },
      to: {
        path: '^apps/server/src/modules/',
        pathNot: ['^apps/server/src/modules/$1/', '^apps/server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'web-imports-server',
      comment: 'apps/web never imports server code',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/server/' },
    },
    {
      name: 'shared-imports-apps',
      comment: 'packages/shared is imported by the apps, never the other way round',
      severity: 'error',
      from: { path: '^packages/shared/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular-modules',
      severity: 'error',
      from: { path: '^apps/server/src/modules/([^/]+)/' },
      to: { circular: true, path: '^apps/server/src/modules/', pathNot: '^apps/server/src/modules/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', 'dist'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
