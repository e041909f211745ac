// Stylesheets are imported for their side effect; Vite bundles them, Jest maps them to an empty module.
declare module '*.css';
