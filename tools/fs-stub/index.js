// Intentionally empty: require('fs') resolves to Node's core module, never to this package.
module.exports = {};
