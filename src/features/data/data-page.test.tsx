import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';

/** A file that says it is larger than it is: the size is all the refusal looks at. */
function fileOfSize(name: string, bytes: number): File {
  const file = new File(['站点,时间,氨氮\n'], name, { type: 'text/csv' });
  Object.defineProperty(file, 'size', { value: bytes });
  return file;
}

describe('/data', () => {
  it('shows the active data, the file input and nothing to confirm yet', async () => {
    renderApp('/data');
    // The page is a lazily loaded chunk: the first render waits for it to load (and, here, to be transformed).
    expect(await screen.findByRole('heading', { level: 1, name: '数据' }, { timeout: 5000 })).toBeInTheDocument();
    const active = screen.getByRole('region', { name: '当前数据' });
    // Both parts on the built-in data.
    expect(await within(active).findAllByText('使用中')).toHaveLength(2);
    expect(within(active).getAllByText('模拟数据（内置）')).toHaveLength(2);
    for (const panel of ['导入水质数据', '导入管网数据'])
      expect(within(screen.getByRole('region', { name: panel })).getByLabelText('选择文件')).toHaveAttribute(
        'type',
        'file',
      );
    expect(screen.queryByRole('button', { name: '确认导入' })).not.toBeInTheDocument();
  });

  it('refuses a file over 100 MB before reading a byte of it', async () => {
    renderApp('/data');
    const input = within(await screen.findByRole('region', { name: '导入水质数据' })).getByLabelText('选择文件');
    // jsdom has no Worker: had the file been handed on to be read, this test would fail on it.
    await userEvent.upload(input, fileOfSize('huge.csv', 100 * 1024 * 1024 + 1));
    expect(await screen.findByRole('alert')).toHaveTextContent('huge.csv 超过 100 MB，未读取。');
    // Not listed among the files to read.
    expect(screen.queryByText('huge.csv', { exact: true })).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('is complete in English', async () => {
    renderApp('/data?lang=en', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Data' })).toBeInTheDocument();
    expect(await screen.findAllByText('Illustrative data (built in)')).toHaveLength(2);
    expect(screen.getAllByLabelText('Choose file')).toHaveLength(2);
    expect(screen.getByRole('main').textContent).not.toMatch(/[\u4e00-\u9fff]/u);
  });
});
