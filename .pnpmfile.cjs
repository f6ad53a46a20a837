// Native builds without a download: better-sqlite3 is compiled by node-gyp when no prebuilt binary can
// be fetched (no route to its download host), and node-gyp then downloads Node's headers unless
// `nodedir` names a folder that has them. Point it at the headers of the Node that runs pnpm when
// they are installed beside it (<prefix>/include/node: official tarballs, nvm, Debian's libnode-dev),
// unless the user configured a nodedir. pnpm loads this file at the start of every install, and the
// build scripts inherit its environment. Machines that download prebuilt binaries never reach node-gyp.
const { existsSync } = require('node:fs');
const path = require('node:path');

const prefix = path.dirname(path.dirname(process.execPath));
if (!process.env.npm_config_nodedir && existsSync(path.join(prefix, 'include', 'node', 'node.h'))) {
  process.env.npm_config_nodedir = prefix;
}

module.exports = {};
