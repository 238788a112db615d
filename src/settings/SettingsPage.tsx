import { useId, useState, type FormEvent } from 'react';
import { useLocale } from '../ui/locale';
import { EMPTY_SETTINGS, LIMITS, splitHelpLines } from '../content/school';
import { clearSchoolSettings, readSchoolSettings, saveSchoolSettings } from '../ui/school-settings';
import { translator } from '../i18n/translator';
import { shared } from '../i18n/messages/shared';
import { settings } from '../i18n/messages/settings';

const translate = translator({ shared, settings });

/** A small form for the school's own contacts, kept in this browser. */
export function SettingsPage() {
  const { t } = useLocale(translate);
  const [{ settings: initial, unreadable }] = useState(() => readSchoolSettings());
  const [schoolName, setSchoolName] = useState(initial.schoolName);
  const [counsellor, setCounsellor] = useState(initial.counsellor);
  const [localHelp, setLocalHelp] = useState(initial.localHelp.join('\n'));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const ids = {
    name: useId(),
    counsellor: useId(),
    help: useId(),
    counsellorHint: useId(),
    helpHint: useId(),
    error: useId(),
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const lines = splitHelpLines(localHelp);
    if (lines.length > LIMITS.localHelpLines || lines.some((line) => line.length > LIMITS.localHelpLine)) {
      setError(t('settings.tooLong', { max: LIMITS.localHelpLine }) + ` (${LIMITS.localHelpLines})`);
      setStatus('');
      return;
    }
    saveSchoolSettings({ schoolName: schoolName.trim(), counsellor: counsellor.trim(), localHelp: lines });
    setError('');
    setStatus(t('settings.saved'));
  };

  const onClear = () => {
    clearSchoolSettings();
    setSchoolName(EMPTY_SETTINGS.schoolName);
    setCounsellor(EMPTY_SETTINGS.counsellor);
    setLocalHelp('');
    setError('');
    setStatus(t('settings.cleared'));
  };

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.settingsTitle')}</h1>
      <p>{t('settings.settingsIntro')}</p>
      {unreadable && !status && (
        <p className="notice" role="alert">
          {t('shared.settingsUnreadable')}
        </p>
      )}
      <form className="settings-form" onSubmit={onSubmit} noValidate>
        <label htmlFor={ids.name}>{t('settings.schoolName')}</label>
        <input
          id={ids.name}
          value={schoolName}
          maxLength={LIMITS.schoolName}
          autoComplete="organization"
          onChange={(e) => setSchoolName(e.target.value)}
        />
        <label htmlFor={ids.counsellor}>{t('settings.counsellor')}</label>
        <input
          id={ids.counsellor}
          value={counsellor}
          maxLength={LIMITS.counsellor}
          aria-describedby={ids.counsellorHint}
          onChange={(e) => setCounsellor(e.target.value)}
        />
        <p id={ids.counsellorHint} className="hint">
          {t('settings.counsellorHint')}
        </p>
        <label htmlFor={ids.help}>{t('settings.localHelp')}</label>
        <textarea
          id={ids.help}
          rows={4}
          value={localHelp}
          aria-describedby={`${ids.helpHint}${error ? ` ${ids.error}` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setLocalHelp(e.target.value)}
        />
        <p id={ids.helpHint} className="hint">
          {t('settings.localHelpHint')}
        </p>
        {error && (
          <p id={ids.error} className="error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button primary">
            {t('settings.save')}
          </button>
          <button type="button" className="button" onClick={onClear}>
            {t('settings.clear')}
          </button>
        </div>
        <p role="status" className="status">
          {status}
        </p>
      </form>
    </section>
  );
}
