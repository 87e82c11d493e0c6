/**
 * The import boundaries of the code base (architecture.md), checked in `npm test` by
 * tests/architecture/boundaries.spec.ts; `npm run boundaries` reports them. The violations found
 * when the check came in were listed in .dependency-cruiser-known-violations.json, now empty:
 * nothing may be added to it.
 */
/** The API's shared layers, below the features: they import no feature. */
const CORE = '(common|database|http|config)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'An import cycle ties modules that should be read, tested and changed apart. A cycle closed by a type-only import ' +
        'is not one at run time: the timeline entry (interactions/interaction.entity.ts) names its case and request by type.',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'libs/domain is plain TypeScript shared by the API and the console: it imports neither app nor framework.',
      from: { path: '^libs/domain/' },
      to: { path: ['^apps/', 'node_modules/(@nestjs|typeorm|pg|bullmq|ioredis|react|react-admin|@mui)/'] },
    },
    {
      name: 'console-apart-from-api',
      severity: 'error',
      comment: 'The console reaches the API over HTTP only: its types come from the OpenAPI document (api.generated.ts).',
      from: { path: '^apps/console/' },
      to: { path: '^apps/api/' },
    },
    {
      name: 'api-apart-from-console',
      severity: 'error',
      from: { path: '^apps/api/' },
      to: { path: '^apps/console/' },
    },
    {
      name: 'core-imports-no-feature',
      severity: 'error',
      comment: 'The shared layers (the data-access core, common pieces, HTTP, configuration) sit below the features.',
      from: { path: `^apps/api/src/${CORE}/` },
      to: { path: '^apps/api/src/', pathNot: `^apps/api/src/${CORE}/` },
    },
    {
      name: 'feature-through-its-public-file',
      severity: 'error',
      comment:
        'A feature reaches another through the public file of that module (its index.ts), never into its storage or internals. ' +
        'cli/ composes the app and is exempt.',
      from: { path: '^apps/api/src/([^/]+)/', pathNot: [`^apps/api/src/${CORE}/`, '^apps/api/src/cli/'] },
      to: {
        path: '^apps/api/src/[^/]+/',
        pathNot: ['^apps/api/src/$1/', `^apps/api/src/${CORE}/`, '^apps/api/src/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'features-reach-postgres-through-the-core',
      severity: 'error',
      comment:
        'A feature reaches PostgreSQL through the data-access core (database/database.ts): its records through their store, ' +
        'its hand-written SQL as named constants of its own *.sql.ts. Only its entities import TypeORM (the decorators); ' +
        'demo/ and cli/ are tooling.',
      from: { path: '^apps/api/src/[^/]+/', pathNot: [`^apps/api/src/${CORE}/`, '^apps/api/src/(cli|demo)/', '\\.entity\\.ts$'] },
      to: { path: 'node_modules/(typeorm|pg)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.spec\\.ts$', '^(?:(?!node_modules/).)*\\.d\\.ts$', 'dist'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
