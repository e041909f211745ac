import { useEffect } from 'react';

/** "<page> · ITA Insight", or the product name alone on the home page. */
export function useDocumentTitle(pageTitle: string | null): void {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ITA Insight` : 'ITA Insight';
  }, [pageTitle]);
}
