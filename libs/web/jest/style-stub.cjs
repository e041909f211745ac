// Stylesheets are imported for their side effect in the browser; tests do not need them.
module.exports = {};
