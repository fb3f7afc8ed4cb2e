/**
 * Imported first by the command line, before graphql-js loads: unless NODE_ENV is "production",
 * graphql-js backs every `instanceof` check with a slow development-mode fallback (several percent
 * of the CPU of a large answer in the benchmark). A NODE_ENV the user set is kept. Apollo Server
 * also reads NODE_ENV, but every setting it would derive from it is set explicitly in apollo.ts.
 */
process.env.NODE_ENV ??= 'production';
