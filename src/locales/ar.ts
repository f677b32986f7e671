import type { ChatStrings } from './en.js';

/**
 * Arabic UI text: `import ar from 'chat-stream-elements/locales/ar'`, then `chat.strings = ar`,
 * with `lang="ar" dir="rtl"` on the element or the page (the layout mirrors under `dir="rtl"`).
 * Seconds take all six of Arabic's plural forms.
 */
const ar: ChatStrings = {
  conversation: 'المحادثة',
  showEarlier: 'عرض الرسائل السابقة',
  jumpToLatest: 'الانتقال إلى الأحدث',
  seconds: {
    zero: '{count} ثانية',
    one: 'ثانية واحدة',
    two: 'ثانيتين',
    few: '{count} ثوانٍ',
    many: '{count} ثانية',
    other: '{count} ثانية',
  },
  retryWait: 'إعادة المحاولة خلال {time} (المحاولة {attempt} من {attempts})',
  resumeWait: 'انقطع الاتصال. الاستئناف خلال {time} (المحاولة {attempt} من {attempts})',
  placeholder: 'اكتب رسالة',
  inputLabel: 'الرسالة',
  send: 'إرسال',
  stop: 'إيقاف',
  typing: 'المساعد يكتب',
  stopped: 'تم الإيقاف',
  retry: 'إعادة المحاولة',
  copyCode: 'نسخ الشيفرة',
  copied: 'تم النسخ',
  copyFailed: 'تعذّر النسخ',
  usageIn: '{count} داخل',
  usageOut: '{count} خارج',
  tool: 'أداة',
  toolRunning: 'قيد التشغيل…',
  toolCalled: 'تم الاستدعاء',
  toolDone: 'اكتمل',
  toolArguments: 'المعاملات',
  toolResult: 'النتيجة',
  errorRateLimited: 'طلبات كثيرة جدًا — حاول مرة أخرى بعد قليل',
  errorRateLimitedFor: 'طلبات كثيرة جدًا — حاول مرة أخرى خلال {time}',
  errorAuthentication: 'لقد سُجّل خروجك أو لا تملك الإذن',
  errorServer: 'حدث خطأ في الخادم',
  errorNetwork: 'انقطع الاتصال',
  errorStream: 'أبلغ النموذج عن خطأ',
  errorProtocol: 'تعذّر فهم الرد',
  errorHttp: 'فشل الطلب',
  errorHttpStatus: 'فشل الطلب (HTTP {status})',
  errorOther: 'فشل الرد',
};

export default ar;
