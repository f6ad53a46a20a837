import type { TestProject } from 'vitest/node';

import { LiveServer, type LiveServerInfo } from './support/LiveServer';

declare module 'vitest' {
  export interface ProvidedContext {
    server: LiveServerInfo;
  }
}

/** One real server for every test file: started before, stopped (SIGTERM) after. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await LiveServer.start();
  project.provide('server', server.info);
  return async () => {
    await server.stop();
  };
}
