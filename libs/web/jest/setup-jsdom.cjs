// jsdom has no canvas: getContext() logs "Not implemented" and returns null. Return null quietly so that
// zrender falls back to its built-in text-width estimate (charts render with the SVG renderer in tests).
// Test files that opt into `@jest-environment node` have no DOM at all.
if (typeof HTMLCanvasElement !== 'undefined') {
  HTMLCanvasElement.prototype.getContext = function getContext() {
    return null;
  };
  // Nor does it scroll: window.scrollTo() logs "Not implemented". Navigation scrolls to the top.
  window.scrollTo = () => undefined;
}

// jsdom does no layout, so every element is 0×0 and ECharts warns on each chart sized by its container.
// That warning says nothing about the code under test; every other warning still shows.
const warn = console.warn.bind(console);
console.warn = (...args) => {
  if (typeof args[0] === 'string' && args[0].includes("[ECharts] Can't get DOM width or height")) return;
  warn(...args);
};
