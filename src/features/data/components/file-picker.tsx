import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from '../../../i18n/react';
import { formatList } from '../../../i18n/format';
import type { Encoding } from '../../../import/decode';
import type { ImportProblem } from '../../../import/problems';
import type { ReadAs } from '../../../import/read-file';
import { problemMessage } from '../lib/problem-message';
import type { ChosenFile } from '../use-import';

/** What the picker shows of a file's last read: how it was read, or why it could not be. */
type Outcome = { name: string; ok: true; file: ReadAs } | { name: string; ok: false; problem: ImportProblem };

interface FilePickerProps {
  files: ChosenFile[];
  /** Each file's outcome of the last read, in the same order, once read. */
  outcomes: readonly Outcome[] | null;
  /** What the files may be (the drop zone's line). */
  hint: string;
  tooLarge: string[];
  onAdd: (files: Iterable<File>) => void;
  onRemove: (id: number) => void;
  onMoveUp: (id: number) => void;
  onOptions: (id: number, options: ChosenFile['options']) => void;
}

/** The file input (选择文件) and drop zone, and the chosen files in merge order with what can be set per file. */
export function FilePicker({ files, outcomes, hint, tooLarge, onAdd, onRemove, onMoveUp, onOptions }: FilePickerProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    onAdd(event.dataTransfer.files);
  };
  return (
    <div>
      <div
        className={`drop-zone ${dragging ? 'drop-zone-active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label className="button" htmlFor={inputId}>
          {t('data.chooseFiles')}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          accept=".csv,.xlsx,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            if (event.target.files) onAdd(event.target.files);
            event.target.value = '';
          }}
        />
        <p className="muted">{hint}</p>
      </div>
      {tooLarge.map((name) => (
        <p key={name} role="alert" className="import-problem">
          {t('data.fileTooLarge', { name })}
        </p>
      ))}
      {files.length > 0 && (
        <ol className="import-files">
          {files.map((chosen, index) => (
            <FileRow
              key={chosen.id}
              chosen={chosen}
              first={index === 0}
              outcome={outcomes?.[index] ?? null}
              onRemove={() => onRemove(chosen.id)}
              onMoveUp={() => onMoveUp(chosen.id)}
              onOptions={(options) => onOptions(chosen.id, options)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}

interface FileRowProps {
  chosen: ChosenFile;
  first: boolean;
  outcome: Outcome | null;
  onRemove: () => void;
  onMoveUp: () => void;
  onOptions: (options: ChosenFile['options']) => void;
}

function FileRow({ chosen, first, outcome, onRemove, onMoveUp, onOptions }: FileRowProps) {
  const { t, i18n } = useTranslation();
  const name = chosen.file.name;
  const read = outcome?.ok ? outcome.file : null;
  const problem = outcome && !outcome.ok ? outcome.problem : null;
  const isText = read ? read.format === 'csv' : !/\.xlsx?$/i.test(name);
  const encoding = chosen.options.encoding ?? read?.encoding ?? null;
  return (
    <li className="import-file">
      <div className="import-file-head">
        <span className="import-file-name">{name}</span>
        <span className="muted">{(chosen.file.size / 1024).toFixed(0)} KB</span>
        {!first && (
          <button
            type="button"
            className="button button-quiet"
            onClick={onMoveUp}
            aria-label={t('data.moveUp', { name })}
          >
            ↑
          </button>
        )}
        <button
          type="button"
          className="button button-quiet"
          onClick={onRemove}
          aria-label={t('data.removeFile', { name })}
        >
          ✕
        </button>
      </div>
      <div className="import-file-options">
        {isText && (
          <label>
            {t('data.encoding')}{' '}
            <select
              value={encoding ?? ''}
              onChange={(event) => onOptions({ encoding: event.target.value as Encoding })}
            >
              {encoding === null && <option value="">—</option>}
              <option value="utf-8">UTF-8</option>
              <option value="gb18030">GBK / GB18030</option>
              <option value="utf-16le">UTF-16 LE (Unicode)</option>
              <option value="utf-16be">UTF-16 BE</option>
            </select>
            {read && read.encoding === read.guessedEncoding && !chosen.options.encoding && (
              <span className="muted"> {t('data.encodingGuessed')}</span>
            )}
          </label>
        )}
        {read && read.sheets.length > 1 && (
          <label>
            {t('data.sheet')}{' '}
            <select value={read.sheet ?? ''} onChange={(event) => onOptions({ sheet: event.target.value })}>
              {read.sheets.map((sheet) => (
                <option key={sheet}>{sheet}</option>
              ))}
            </select>
          </label>
        )}
        {(problem?.code === 'needs-year' || chosen.options.firstYear !== undefined) && (
          <YearField value={chosen.options.firstYear} onChange={(firstYear) => onOptions({ firstYear })} />
        )}
      </div>
      {read && read.undecodable > 0 && (
        <p className="import-problem" role="alert">
          {t('data.undecodable', { count: read.undecodable })}
          {read.undecodableRows.length > 0 &&
            t('data.undecodableRows', { rows: formatList(read.undecodableRows.map(String), i18n.language) })}
        </p>
      )}
      {problem && (
        <p className="import-problem" role="alert">
          {problemMessage(problem, t, i18n.language)}
        </p>
      )}
    </li>
  );
}

function YearField({ value, onChange }: { value: number | undefined; onChange: (year: number) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(String(value ?? new Date().getFullYear()));
  const year = Number(text);
  const valid = Number.isInteger(year) && year >= 1990 && year <= 2100;
  return (
    <form
      className="year-field"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onChange(year);
      }}
    >
      <label>
        {t('data.firstYear')}{' '}
        <input
          type="number"
          inputMode="numeric"
          min={1990}
          max={2100}
          value={text}
          aria-invalid={!valid}
          onChange={(event) => setText(event.target.value)}
        />
      </label>{' '}
      <button type="submit" className="button" disabled={!valid}>
        {t('data.apply')}
      </button>
    </form>
  );
}
