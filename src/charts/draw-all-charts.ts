import { createContext } from 'react';

/**
 * True once the charts below are to be drawn: a document's charts (the briefing's) wait for the first sign of a
 * reader, or for printing, and then all draw at once.
 */
export const DrawAllCharts = createContext(false);
