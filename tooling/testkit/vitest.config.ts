import { baseTestConfig } from '@musaeid/vitest-config';

export default baseTestConfig;
