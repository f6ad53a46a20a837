/**
 * @musaeid/testkit: what the tests and benchmarks of every package share, defined once.
 * Internal (never published); imported only by tests, test set-ups and `bench/`.
 */
export { childEnv } from './childEnv';
export {
  cliCommand,
  createUserWithCli,
  runCli,
  runCliOk,
  type CliOptions,
  type CliResult,
  type CreatedUser,
} from './cli';
export { freePort } from './freePort';
export {
  cliEntry,
  evalFile,
  exampleRoot,
  hasRealData,
  REAL_CSV_FILES,
  realDataDir,
  repoRoot,
  sdkRoot,
  serverRoot,
  warnIfNoRealData,
} from './paths';
export { copyDatabase, prepareDatabase, type DataSource } from './prepareDatabase';
export { seededRandom, sleep, testSeed } from './random';
export { run, runOk, type RunOptions, type RunResult } from './run';
export { ServerProcess, type ServerProcessOptions } from './ServerProcess';
export { fakeEmbedding, openAiEmbeddingsReply } from './fakeEmbeddings';
export { startJsonServer, type RecordedRequest } from './startJsonServer';
export { makeTmp, removeTmp, tmpDir } from './tmpDir';
export { PG_BIN_DIR, startPgCluster, tryStartPgCluster, type PgCluster, type PgClusterAttempt } from './pgCluster';
