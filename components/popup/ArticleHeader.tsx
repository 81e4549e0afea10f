import type { ArticleMeta } from '@/lib/schema/article';
import { formatDay, languageName } from '@/lib/i18n/format';
import { useI18n } from '../i18n-context';

export function ArticleHeader({ article }: { article: ArticleMeta }) {
  const { t, locale } = useI18n();
  const byline = article.authors.length ? article.authors.join(', ') : article.byline;
  const date = formatDay(article.publishedTime, locale);
  const lang = languageName(article.lang, locale);
  return (
    <header class="article" aria-label={article.title ?? undefined}>
      <h1 class="article-title" data-testid="article-title" lang={article.lang ?? undefined}>
        {article.title ?? article.url}
      </h1>
      <p class="article-meta">
        {article.siteName && (
          <span class="article-outlet" data-testid="article-outlet">
            {article.siteName}
          </span>
        )}
        {byline && <span data-testid="article-byline">{t('article_by', { authors: byline })}</span>}
        {date && (
          <span data-testid="article-date">
            <time dateTime={article.publishedTime ?? undefined}>{t('article_published', { date })}</time>
          </span>
        )}
        {lang && <span>{t('article_language', { lang })}</span>}
      </p>
    </header>
  );
}
