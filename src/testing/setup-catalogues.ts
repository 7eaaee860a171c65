import { loadCatalogue } from '../i18n/i18n';

// Tests render and build charts in both languages at once; the app loads English before it switches to it.
await loadCatalogue('en');
