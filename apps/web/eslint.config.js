import baseConfig from '@musaeid/eslint-config/base';

export default baseConfig;
