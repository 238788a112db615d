// The site footer's line about offline use: getting ready, ready, failed, or not available at this
// address (and why); and the offer of a new version, which waits for the teacher's "Update now".
import { useSyncExternalStore } from 'react';
import { useLocale } from '../../ui/locale';
import { applyUpdate, currentStatus, subscribe, type OfflineState } from './service-worker';
import { translator, type MessageKeyOf } from '../../i18n/translator';
import { offline } from '../../i18n/messages/offline';

const translate = translator({ offline });
type MessageKey = MessageKeyOf<typeof translate>;

const STATE_MESSAGES: Record<OfflineState, MessageKey> = {
  development: 'offline.notInDevelopment',
  'not-available-here': 'offline.notAvailableHere',
  'not-supported': 'offline.notSupported',
  preparing: 'offline.preparing',
  ready: 'offline.ready',
  failed: 'offline.failed',
};

export function OfflineStatus() {
  const { t } = useLocale(translate);
  const status = useSyncExternalStore(subscribe, currentStatus);
  return (
    <section className="offline-status" aria-label={t('offline.label')} data-offline-state={status.state}>
      <p role="status">{t(STATE_MESSAGES[status.state])}</p>
      {status.updateAvailable && (
        <p className="offline-update" role="status">
          {status.updating ? t('offline.updating') : t('offline.updateAvailable')}{' '}
          {!status.updating && (
            <button type="button" className="button primary" onClick={applyUpdate}>
              {t('offline.updateNow')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
