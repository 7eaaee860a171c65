import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nProvider } from '../../../i18n/react';
import { describe, expect, it } from 'vitest';
import type { TransferEventRecord } from '../../../domain/dataset';
import { createI18n } from '../../../i18n/i18n';
import { EventsEditor } from './events-editor';

const XINMENG: TransferEventRecord = {
  id: 'xinmeng-2023',
  name: { zh: '新孟河抗旱调水试运行', en: 'Xinmeng River drought-relief transfer (trial)' },
  source: { zh: '新孟河', en: 'Xinmeng River' },
  start: '2023-10-10T00:00:00+08:00',
  end: '2024-01-01T00:00:00+08:00',
  flowM3s: 100,
  note: { zh: '', en: '' },
};

/** The editor with its state, reporting every change to `seen`. */
function renderEditor(seen: TransferEventRecord[][]) {
  function Harness() {
    const [events, setEvents] = useState([XINMENG]);
    return (
      <EventsEditor
        events={events}
        onChange={(next) => {
          seen.push(next);
          setEvents(next);
        }}
      />
    );
  }
  render(
    <I18nProvider i18n={createI18n('zh')}>
      <Harness />
    </I18nProvider>,
  );
}

describe('the events editor', () => {
  it('changes dates as +08:00 timestamps, opens and closes the end, changes the flow', async () => {
    const seen: TransferEventRecord[][] = [];
    renderEditor(seen);
    const event = screen.getByRole('group', { name: '新孟河抗旱调水试运行' });
    fireEvent.change(within(event).getByLabelText('开始日期'), { target: { value: '2023-10-12' } });
    expect(seen.at(-1)![0]!.start).toBe('2023-10-12T00:00:00+08:00');
    await userEvent.click(within(event).getByLabelText('进行中'));
    expect(seen.at(-1)![0]!.end).toBeNull();
    expect(within(event).getByLabelText('结束日期')).toBeDisabled();
    fireEvent.change(within(event).getByLabelText('流量（m³/s）'), { target: { value: '80' } });
    expect(seen.at(-1)![0]!.flowM3s).toBe(80);
    // A negative flow is not taken.
    fireEvent.change(within(event).getByLabelText('流量（m³/s）'), { target: { value: '-5' } });
    expect(seen.at(-1)![0]!.flowM3s).toBe(80);
  });

  it('adds an event with an id of its own and removes one', async () => {
    const seen: TransferEventRecord[][] = [];
    renderEditor(seen);
    await userEvent.click(screen.getByRole('button', { name: '添加事件' }));
    expect(seen.at(-1)!.map((e) => e.id)).toEqual(['xinmeng-2023', 'event-2']);
    await userEvent.click(
      within(screen.getByRole('group', { name: '新孟河抗旱调水试运行' })).getByRole('button', { name: '删除事件' }),
    );
    expect(seen.at(-1)!.map((e) => e.id)).toEqual(['event-2']);
  });
});
