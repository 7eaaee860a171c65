import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nProvider } from '../i18n/react';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { Panel } from './panel';

let broken = true;
function Fragile() {
  if (broken) throw new Error('cannot draw this');
  return <p>drawn</p>;
}

describe('Panel', () => {
  it('catches a render error in its own body, says so, and retries', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <I18nProvider i18n={createI18n('en')}>
          <Panel title="Trend">
            <Fragile />
          </Panel>
          <Panel title="Other">
            <p>still here</p>
          </Panel>
        </I18nProvider>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('This panel failed; the other panels are not affected.');
    expect(screen.getByRole('alert')).toHaveTextContent('cannot draw this');
    expect(screen.getByText('still here')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Trend' })).toBeInTheDocument();
    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('drawn')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
