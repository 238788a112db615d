// The site footer's offline status (src/app/offline/): whether this device keeps the kit for use
// with the network off, and the offer of a new version.
import type { Messages } from '../translator';

export const offline = {
  label: { ja: 'オフラインでの利用', en: 'Offline use' },
  preparing: {
    ja: 'ネットがなくても使えるように、この端末に保存しています…',
    en: 'Getting ready for offline use: saving the kit on this device…',
  },
  ready: {
    ja: 'オフラインで使えます。この端末に保存ずみです（ネットがなくても、すべてのページが開けます）。',
    en: 'Ready offline: the kit is saved on this device, and every page opens with the network off.',
  },
  failed: {
    ja: 'オフライン用の保存ができませんでした。ネットにつながっている間は、ふつうに使えます。ページを再読み込みすると、もう一度試します。',
    en: 'The kit could not be saved for offline use. Everything works while online; reload the page to try again.',
  },
  notAvailableHere: {
    ja: 'このアドレス（http://）では、オフライン用に保存できません。ブラウザーが保存するのは、https:// のアドレスか、この端末自身（localhost）から開いたときだけです。ほかの機能は、すべてふつうに使えます。',
    en: 'Offline use is not available at this address (http://): browsers keep a site for offline use only when it is opened over https:// or from this computer itself (localhost). Everything else works as usual.',
  },
  notSupported: {
    ja: 'このブラウザーでは、オフライン用に保存できません（プライベートモードや学校の設定による場合があります）。ほかの機能は、ふつうに使えます。',
    en: 'This browser cannot keep the kit for offline use (private browsing or a school policy may prevent it). Everything else works as usual.',
  },
  notInDevelopment: {
    ja: '開発用サーバーでは、オフライン用の保存をしません。',
    en: 'The development server does not save the kit for offline use.',
  },
  updateAvailable: {
    ja: '新しい版があります。授業の合間に更新してください。開いているスライドが勝手に切り替わることはありません。',
    en: 'A new version of the kit is available. Update between lessons: open slides never switch by themselves.',
  },
  updateNow: { ja: '今すぐ更新', en: 'Update now' },
  updating: { ja: '更新しています…', en: 'Updating…' },
} satisfies Messages;
