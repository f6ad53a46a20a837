import { adminRouter } from './routers/admin';
import { authRouter } from './routers/auth';
import { chatRouter } from './routers/chat';
import { dataRouter } from './routers/data';
import { glossaryRouter } from './routers/glossary';
import { healthProcedure } from './routers/health';
import { keysRouter } from './routers/keys';
import { examplesRouter, feedbackRouter, messageRouter } from './routers/learn';
import { usageRouter } from './routers/usage';
import { createCallerFactory, createTRPCRouter } from './trpc';

/** The whole API. */
export const appRouter = createTRPCRouter({
  health: healthProcedure,
  auth: authRouter,
  chat: chatRouter,
  data: dataRouter,
  keys: keysRouter,
  admin: adminRouter,
  usage: usageRouter,
  message: messageRouter,
  examples: examplesRouter,
  feedback: feedbackRouter,
  glossary: glossaryRouter,
});

export type AppRouter = typeof appRouter;

/** In-process caller: `createCaller(await createContextInner({ services, user }))`. */
export const createCaller = createCallerFactory(appRouter);
