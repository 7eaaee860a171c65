import { loadCatalogue, loadSection } from '../i18n/i18n';

// Tests render and build charts in both languages at once; the app loads English before it switches to it.
await loadCatalogue('en');
// The import page's section comes with that page in the app; here every test may render it.
await loadSection('data');
