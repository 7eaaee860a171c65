import '@testing-library/jest-dom/vitest';
import 'vitest-canvas-mock';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../../mocks/vitest-host';
import { loadCharts } from '../charts/chart-loader';

// Two test files run at once on a two-core machine: a lazy page's first import can take over the library's 1 s default.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no ResizeObserver; the chart wrapper's size sensor only needs it to exist.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// vitest-canvas-mock's DOMMatrix lacks the in-place transforms ECharts uses to place a decal pattern.
for (const name of ['translateSelf', 'rotateSelf', 'scaleSelf'] as const) {
  if (!(name in DOMMatrix.prototype)) {
    Object.defineProperty(DOMMatrix.prototype, name, {
      configurable: true,
      value(this: DOMMatrix) {
        return this;
      },
    });
  }
}

// jsdom does no layout: give elements a desktop-like box so that ECharts lays charts out instead of warning.
Object.defineProperties(HTMLElement.prototype, {
  clientWidth: { configurable: true, get: () => 800 },
  clientHeight: { configurable: true, get: () => 300 },
});
// A new page starts at its top (`AppRoutes`); jsdom has no scrolling.
window.scrollTo = () => undefined;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // The app loads ECharts when a chart nears the screen; here it is loaded up front, so that the tests' waits time
  // the app, not the first transform of ECharts in a fresh test file.
  await loadCharts(['bar', 'zoom']);
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  localStorage.clear();
});
afterAll(() => server.close());
