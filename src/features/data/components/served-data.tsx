import { type ReactNode, type SubmitEvent, useId, useState } from 'react';
import { ApiError } from '../../../api/client';
import {
  type DatasetListing,
  type SignedIn,
  useAuditLog,
  useServedDatasets,
  useSession,
  useSignIn,
  useSignOut,
  useSwitchDataset,
} from '../../../api/server-data';
import { Panel } from '../../../components/panel';
import { formatDateTime, formatList } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/react';

/**
 * `/data` served by the bureau server (DESIGN §10): who is signed in, the datasets the server holds per part (an
 * editor makes one active), the importers for editors (the files go to the server), and the audit log.
 */
export function ServedData({ importers }: { importers: ReactNode }) {
  const session = useSession();
  const editor = session.data?.role === 'editor';
  return (
    <>
      <SessionPanel session={session.data ?? null} pending={session.isPending} />
      <DatasetsPanel editor={editor} />
      {/* An editor imports from here too: the files go to the server, the preview comes back from it. */}
      {editor && importers}
      {editor && <AuditPanel />}
    </>
  );
}

/** An `ApiError`'s message for the person at the desk. */
function useProblemText() {
  const { t } = useTranslation();
  return (error: Error | null) => {
    if (!error) return null;
    if (!(error instanceof ApiError)) return t('data.server.failed', { detail: error.message });
    const { status, detail } = error;
    const { retryAfterS } = error as { retryAfterS?: number | null };
    if (status === 401) return t('data.server.wrongPassword');
    if (status === 429) return t('data.server.tooMany', { minutes: Math.ceil((retryAfterS ?? 60) / 60) });
    if (status === 409) return t('data.server.conflict');
    return t('data.server.failed', { detail });
  };
}

function SessionPanel({ session, pending }: { session: SignedIn | null; pending: boolean }) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const signOut = useSignOut();
  const problem = useProblemText();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const nameId = useId();
  const passwordId = useId();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate({ name, password }, { onSuccess: () => setPassword('') });
  };
  return (
    <Panel title={t('data.server.sessionTitle')}>
      {pending ? (
        <p className="muted">{t('state.loading')}</p>
      ) : session ? (
        <p className="signed-in">
          {t('data.server.signedInAs', { name: session.name, role: t(`data.server.role.${session.role}`) })}{' '}
          <button type="button" className="button button-quiet" onClick={() => signOut.mutate()}>
            {t('data.server.signOut')}
          </button>
        </p>
      ) : (
        <form className="sign-in" onSubmit={submit}>
          <p className="muted">{t('data.server.signInLead')}</p>
          <label htmlFor={nameId}>{t('data.server.name')}</label>
          <input id={nameId} autoComplete="username" value={name} onChange={(e) => setName(e.target.value)} required />
          <label htmlFor={passwordId}>{t('data.server.password')}</label>
          <input
            id={passwordId}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
          <button type="submit" className="button" disabled={signIn.isPending}>
            {t('data.server.signIn')}
          </button>
          {signIn.error && (
            <p className="import-problem" role="alert">
              {problem(signIn.error)}
            </p>
          )}
        </form>
      )}
    </Panel>
  );
}

function DatasetsPanel({ editor }: { editor: boolean }) {
  const { t } = useTranslation();
  const datasets = useServedDatasets();
  const switching = useSwitchDataset();
  const problem = useProblemText();
  return (
    <Panel title={t('data.activeTitle')}>
      {datasets.isError && (
        <p className="import-problem" role="alert">
          {problem(datasets.error)}
        </p>
      )}
      {switching.error && (
        <p className="import-problem" role="alert">
          {problem(switching.error)}
        </p>
      )}
      {(['water', 'sewers'] as const).map((part) => {
        const list = (datasets.data ?? []).filter((d) => d.part === part);
        const active = list.find((d) => d.active);
        return (
          <section key={part} className="part-datasets" aria-label={t(`data.${part}Part`)}>
            <h3>{t(`data.${part}Part`)}</h3>
            <ul className="datasets">
              {list.map((dataset) => (
                <li key={dataset.id} className="dataset">
                  <DatasetText dataset={dataset} />
                  {!dataset.active && editor && active && (
                    <button
                      type="button"
                      className="button"
                      disabled={switching.isPending}
                      onClick={() => switching.mutate({ part, dataset: dataset.id, basedOn: active.id })}
                    >
                      {dataset.source.kind === 'illustrative' ? t('data.backToIllustrative') : t('data.useImport')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Panel>
  );
}

function DatasetText({ dataset }: { dataset: DatasetListing }) {
  const { t, i18n } = useTranslation();
  const { source } = dataset;
  return (
    <div>
      <strong>
        {source.kind === 'illustrative'
          ? t('data.illustrativeData')
          : t('data.importedFrom', {
              files: formatList(
                source.files.map((f) => f.name),
                i18n.language,
              ),
            })}
      </strong>
      {dataset.active && <span className="import-tag">{t('data.active')}</span>}
      <br />
      <span className="muted">
        {t('data.server.madeBy', { time: formatDateTime(dataset.createdAt), user: dataset.createdBy })}
      </span>
    </div>
  );
}

/** The server's action codes (`server/`'s audit calls), in words. */
const ACTIONS = {
  'sign in': 'signIn',
  'switch water': 'switchWater',
  'switch sewers': 'switchSewers',
  'edit events': 'editEvents',
  'import (terminal)': 'importTerminal',
  'restore (terminal)': 'restoreTerminal',
} as const;

function AuditPanel() {
  const { t } = useTranslation();
  const log = useAuditLog();
  const actionText = (action: string) =>
    action in ACTIONS ? t(`data.server.action.${ACTIONS[action as keyof typeof ACTIONS]}`) : action;
  return (
    <Panel title={t('data.server.auditTitle')}>
      <ul className="audit-log">
        {(log.data?.entries ?? []).slice(0, 50).map((entry, i) => (
          <li key={i}>
            <time>{formatDateTime(Date.parse(entry.at))}</time> {entry.user} · {actionText(entry.action)}
          </li>
        ))}
      </ul>
    </Panel>
  );
}
