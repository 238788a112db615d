import type { LocalizedRichText } from '../content/types';
import { useLocale } from './locale';

/**
 * Lesson text in the current language. Its HTML was rendered from Markdown and sanitized by the
 * lesson loader at build time; it is never built from user input in the browser.
 */
export function LessonText({
  text,
  as: Tag = 'span',
  className,
}: {
  text: LocalizedRichText;
  as?: 'span' | 'p' | 'li' | 'div' | 'h1' | 'h2' | 'h3' | 'td' | 'dt' | 'dd';
  className?: string;
}) {
  const { locale } = useLocale();
  return <Tag className={className} dangerouslySetInnerHTML={{ __html: text[locale].html }} />;
}
