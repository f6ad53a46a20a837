import type { UserConfig } from 'vitest/config';

/** Shared test settings for every package. */
export declare const baseTestConfig: UserConfig;
