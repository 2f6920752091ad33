import { useMessages } from '../i18n';
import { useSettings } from '../settings';
import { notes, useNotes } from './notesState';

/**
 * When the newest automatic backup holds notes the store lost (it opened empty, damaged, or cut short): says so, and offers to put
 * them back. Shown on every view until the reader restores or dismisses it.
 */
export function RecoveryBar() {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const { recovery } = useNotes();
  if (!recovery) return null;
  const when = new Intl.DateTimeFormat(uiLanguage === 'zh' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(recovery.taken));
  return (
    <div className="recovery-bar" role="alert">
      <span>{t.recoveryOffer(recovery.missing.length, when)}</span>
      <button type="button" onClick={() => void notes.restore()}>
        {t.restoreNotes}
      </button>
      <button type="button" onClick={() => notes.dismissRecovery()}>
        {t.notNow}
      </button>
    </div>
  );
}
